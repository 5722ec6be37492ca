using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Knowledge.Tagging;
using Knowledge.Tagging.Models;
using Knowledge.Tests.Infrastructure;
using Knowledge.Tests.Tagging.Models;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Knowledge.Tests.Web;

/// <summary>
/// The loop from staff reviews to a promoted model as users run it: staff review notes on the review page, an admin
/// retrains there and sees the verdict, and a new note is suggested by the new model. In Chromium, against the real host,
/// on an app of its own (a promotion changes what every other test's notes would be tagged with).
/// </summary>
public sealed class TagModelsPageTests(BrowserApp browser, ITestOutputHelper output) : IClassFixture<BrowserApp>
{

    [Fact]
    public async Task Staff_reviews_teach_a_model_an_admin_retrains_on_the_review_page_and_new_notes_get_its_suggestions()
    {
        var clock = Stopwatch.StartNew();
        using var office = browser.App.CreateClient().As(Principals.Office(WinterRoadNotes.Kiruna));
        using var staffApi = browser.App.CreateClient().As(Principals.Staff());
        var before = await WinterRoadNotes.AddAsync(office, WinterRoadNotes.NewNote, 0);
        Assert.DoesNotContain("infrastructure", WinterRoadNotes.Tags(before));
        Assert.Equal(CombinedTagger.NameOf(TagModels.ShippedVersion), before["suggested"]!["tagger"]!.GetValue<string>());
        for (var i = 0; i < WinterRoadNotes.Reviewed.Length; i++)
        {
            await WinterRoadNotes.AddAsync(office, WinterRoadNotes.Reviewed[i], i + 1);
        }

        // Staff review the first two in the browser (the note from a link, then one picked from the list), the rest by API.
        await using (var staffContext = await browser.NewContextAsync())
        {
            var page = await staffContext.NewPageAsync();
            await BrowserApp.SignInAsync(page, "staff", $"/notes-review.html?municipality={WinterRoadNotes.Kiruna}&note={WinterRoadNotes.NoteId(1)}");
            await ReviewOpenNoteAsInfrastructureAsync(page);
            await page.Locator($"#review-list button[data-note-id='{WinterRoadNotes.NoteId(2)}']").ClickAsync();
            await page.Locator("#review-text", new() { HasText = "verkstaden" }).WaitForAsync();
            await ReviewOpenNoteAsInfrastructureAsync(page);
        }

        for (var i = 3; i <= WinterRoadNotes.Reviewed.Length; i++)
        {
            (await staffApi.PutAsJsonAsync($"/api/notes/{WinterRoadNotes.NoteId(i)}/tags", new { tags = new[] { "infrastructure" } })).EnsureSuccessStatusCode();
        }

        output.WriteLine($"Arranged and reviewed in {clock.Elapsed.TotalSeconds:F1} s");

        // The admin retrains on the review page and waits for the verdict.
        await using var adminContext = await browser.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await BrowserApp.SignInAsync(admin, "admin", $"/notes-review.html?municipality={WinterRoadNotes.Kiruna}");
        await admin.Locator("#tag-models-table").WaitForAsync();
        Assert.Equal(TagModels.ShippedVersion, (await admin.Locator("#tag-models-in-use-version").InnerTextAsync()).Trim());
        var retrain = admin.GetByRole(AriaRole.Button, new() { Name = "Träna om med granskningarna" });
        await retrain.ClickAsync();
        await admin.Locator("#tag-models-job:not([hidden]) progress").WaitForAsync();
        Assert.Equal("true", await retrain.GetAttributeAsync("aria-disabled"));
        var retrainStarted = clock.Elapsed;
        await admin.Locator("#tag-models-verdict", new() { HasText = "Ny modell i bruk" }).WaitForAsync(new() { Timeout = 180_000 });
        output.WriteLine($"Retrain verdict after {(clock.Elapsed - retrainStarted).TotalSeconds:F1} s");

        await admin.Locator("#tag-models-in-use-version", new() { HasNotText = TagModels.ShippedVersion }).WaitForAsync();
        var version = (await admin.Locator("#tag-models-in-use-version").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9a-f]{8}$", version);
        Assert.Contains($"Ny modell i bruk: {version}", await admin.Locator("#tag-models-verdict").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(CombinedTagger.NameOf(version), (await admin.Locator("#tag-models-in-use-tagger").InnerTextAsync()).Trim());
        Assert.Equal(2, await admin.Locator("#tag-models-figures-table tbody tr").CountAsync());
        Assert.Contains("I bruk", await admin.Locator($"#tag-models-table tr[data-version='{version}']").InnerTextAsync(), StringComparison.Ordinal);
        var shippedRow = admin.Locator($"#tag-models-table tr[data-version='{TagModels.ShippedVersion}']");
        Assert.Contains("levererad", await shippedRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await shippedRow.GetByRole(AriaRole.Button, new() { NameRegex = new("^Ta i bruk") }).CountAsync());
        Assert.Null(await retrain.GetAttributeAsync("aria-disabled"));
        var axe = await admin.Locator("#tag-models").RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}")));

        // A new note with the sentence the shipped model missed: the new model suggests infrastructure.
        var after = await WinterRoadNotes.AddAsync(office, WinterRoadNotes.NewNote, 100);
        await admin.GotoAsync($"/notes-review.html?municipality={WinterRoadNotes.Kiruna}&note={WinterRoadNotes.NoteId(100)}");
        await admin.Locator("#review-detail:not([hidden])").WaitForAsync();
        var suggestedBy = (await admin.Locator("#review-facts dt:has-text('Förslag från') + dd").InnerTextAsync()).Trim();
        var infrastructure = admin.Locator("#review-tags input[name='tag:infrastructure'][value=accept]");

        Assert.Equal(CombinedTagger.NameOf(version), suggestedBy);
        Assert.NotEqual(CombinedTagger.NameOf(TagModels.ShippedVersion), suggestedBy);
        Assert.True(await infrastructure.IsCheckedAsync());
        Assert.Contains("föreslagen", await admin.Locator("#review-tag-infrastructure-name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("infrastructure", WinterRoadNotes.Tags(after));

        // One look at the section in English.
        await admin.SelectOptionAsync("#language-select", "en");
        Assert.Equal("Tagging model", (await admin.Locator("#tag-models-title").InnerTextAsync()).Trim());
        output.WriteLine($"Whole loop in {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Staff_do_not_see_the_tagging_model_section()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", "/notes-review.html");
        await page.Locator("#review-workspace:not([hidden])").WaitForAsync();

        Assert.Equal(0, await page.Locator("#tag-models").CountAsync());
        Assert.Equal(0, await page.GetByText("Taggningsmodell").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Träna om med granskningarna" }).CountAsync());
    }

    /// <summary>Sets the open note's tags to exactly infrastructure, as the reviews in TagModelFunctionsTests, and saves.</summary>
    private static async Task ReviewOpenNoteAsInfrastructureAsync(IPage page)
    {
        await page.Locator("#review-detail:not([hidden])").WaitForAsync();
        var accepted = page.Locator("#review-tags .tag-choice:not([data-tag=infrastructure]) input[value=accept]:checked");
        while (await accepted.CountAsync() > 0)
        {
            var tag = await accepted.First.GetAttributeAsync("name");
            await page.Locator($"#review-tags input[name='{tag}'][value=reject]").CheckAsync();
        }

        await page.Locator("#review-tags input[name='tag:infrastructure'][value=accept]").CheckAsync();
        var opened = page.Url;
        await page.Locator("#review-save").ClickAsync();
        // Once saved, the next note of the queue opens (its id in the address) and the status names the saved one.
        await page.WaitForURLAsync(url => url != opened);
        await page.Locator("#review-queue-status", new() { HasTextRegex = new("Granskningen av anteckningen från .* är sparad") }).WaitForAsync();
    }
}
