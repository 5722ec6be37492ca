using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Exports;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>Staff download the QDA exports and an admin turns an edited codebook into the next version, in Chromium.</summary>
public sealed class ExportsPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Staff_download_a_countys_notes_as_a_qdpx_project()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", "/exports.html");
        await page.Locator("#exports-workspace:not([hidden])").WaitForAsync();
        Assert.Equal("true", await page.Locator("#export-notes").GetAttributeAsync("aria-disabled"));

        await page.GetByLabel("Län", new() { Exact = true }).SelectOptionAsync("25");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-notes").ClickAsync());

        Assert.Equal("knowledge-notes-county-25.qdpx", download.SuggestedFilename);
        using var zip = new ZipArchive(File.OpenRead((await download.PathAsync())!));
        Assert.Contains(zip.Entries, e => e.FullName == "project.qde");
        Assert.True(await page.Locator("#import-section").IsHiddenAsync()); // importing is for admins
    }

    [Fact]
    public async Task An_admin_imports_an_edited_codebook_and_accepts_it_as_the_next_version()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin", "/exports.html");
        await page.Locator("#import-section:not([hidden])").WaitForAsync();
        using var api = browser.App.CreateClient().As(Principals.Admin());
        var versionBefore = (await api.GetFromJsonAsync<JsonObject>("/api/codebook"))!["version"]!.GetValue<int>();

        await page.GetByLabel("Kodbok (.qdc)").SetInputFilesAsync(new FilePayload
        {
            Name = "kodbok.qdc",
            MimeType = "application/xml",
            Buffer = await EditedCodebookAsync(api, "Energi och el"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Läs in" }).ClickAsync();
        var proposal = page.Locator(".proposal", new() { HasText = "Ny kod: Energi och el" });
        await proposal.WaitForAsync();
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Godkänn förslaget" }).ClickAsync();

        await page.Locator("#import-status", new() { HasText = $"version {versionBefore + 1}" }).WaitForAsync();
        await proposal.Locator(".proposal-status", new() { HasText = "Godkänt" }).WaitForAsync();
        var codebook = (await api.GetFromJsonAsync<JsonObject>("/api/codebook"))!;
        Assert.Equal(versionBefore + 1, codebook["version"]!.GetValue<int>());
        Assert.Contains(codebook["tags"]!.AsArray(), t => t!["label"]!["sv"]!.GetValue<string>() == "Energi och el");
    }

    [Fact]
    public async Task A_file_that_is_no_codebook_is_named_at_the_file_field()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin", "/exports.html");
        await page.Locator("#import-section:not([hidden])").WaitForAsync();

        await page.GetByLabel("Kodbok (.qdc)").SetInputFilesAsync(new FilePayload
        {
            Name = "fel.qdc",
            MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Läs in" }).ClickAsync();

        await page.Locator("#import-file-error:not([hidden])").WaitForAsync();
        Assert.StartsWith("Filen är ingen giltig REFI-QDA-kodbok", await page.Locator("#import-file-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetByLabel("Kodbok (.qdc)").GetAttributeAsync("aria-invalid"));
    }

    [Fact]
    public async Task The_exports_page_has_no_accessibility_violations_with_a_proposal_listed()
    {
        using var api = browser.App.CreateClient().As(Principals.Admin());
        (await api.PostAsync("/api/exports/codebook.qdc", CodebookImportTests.Xml(await EditedCodebookAsync(api, $"Hamnar {Guid.NewGuid():N}")))).EnsureSuccessStatusCode();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin", "/exports.html");
        await page.Locator(".proposal").First.WaitForAsync();
        await page.GetByLabel("Län", new() { Exact = true }).SelectOptionAsync("24");

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#page-title", new() { HasText = "Exports for analysis" }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, string.Join("; ", swedish.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
        Assert.True(english.Violations.Length == 0, string.Join("; ", english.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
    }

    private static async Task<byte[]> EditedCodebookAsync(HttpClient admin, string newCode)
    {
        XNamespace c = QdaValidation.Codebook;
        var document = XDocument.Load(new MemoryStream(await admin.GetByteArrayAsync("/api/exports/codebook.qdc")));
        document.Root!.Element(c + "Codes")!.Add(new XElement(c + "Code", new XAttribute("guid", Guid.NewGuid()), new XAttribute("name", newCode), new XAttribute("isCodable", "true")));
        return Encoding.UTF8.GetBytes(document.ToString());
    }
}
