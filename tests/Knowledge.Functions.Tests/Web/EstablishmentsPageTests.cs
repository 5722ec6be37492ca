using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Establishments;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>
/// The establishments page in Chromium against the real host: one compact row per establishment, expandable to its
/// details; staff creating an establishment (with the API's field errors at their controls) and adding events, a
/// renaming changing the name shown; editing procurement windows and sources; axe scans in Swedish and English.
/// </summary>
public sealed class EstablishmentsPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Kiruna = "2584";

    [Fact]
    public async Task Each_establishment_is_one_compact_row_that_opens_to_its_details()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "office", "/establishments.html?county=", municipality: Kiruna);
        await page.Locator("#establishments-list[data-state=ready] tbody.establishment").First.WaitForAsync();

        var rows = page.Locator("tr.establishment-row");
        var slugs = await page.Locator("tbody.establishment").EvaluateAllAsync<string[]>("groups => groups.map((g) => g.dataset.slug)");
        var heights = await rows.EvaluateAllAsync<double[]>("rows => rows.map((r) => r.getBoundingClientRect().height)");
        var stegra = page.Locator("#establishment-stegra");
        var stegraName = await stegra.Locator("th").InnerTextAsync();

        Assert.Subset(slugs.ToHashSet(), EstablishmentBodies.SeedSlugs.ToHashSet());
        // The seven used to fill some 7,500 px as cards; as rows each is a line or two.
        Assert.All(heights, h => Assert.True(h <= 110, $"a row is {h} px high"));
        Assert.True(heights.Sum() <= 110 * slugs.Length, $"{heights.Sum()} px for {slugs.Length} rows");
        Assert.Equal(0, await page.Locator("tr.establishment-details-row:visible").CountAsync());
        Assert.StartsWith("Stegra", stegraName, StringComparison.Ordinal);
        Assert.Contains("(tidigare H2 Green Steel)", stegraName, StringComparison.Ordinal);
        Assert.Equal("Inget registrerat", (await page.Locator("#establishment-lkab td").Last.InnerTextAsync()).Trim());
        Assert.Contains("Senast:", await page.Locator("#establishment-northvolt td").Last.InnerTextAsync(), StringComparison.Ordinal);

        var toggle = page.Locator("#establishment-northvolt .establishment-toggle");
        await toggle.ClickAsync();
        var details = page.Locator("#establishment-northvolt-details");
        await details.WaitForAsync();

        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.Contains("Ny status: I konkurs", await details.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#establishment-northvolt-details button[data-action]").CountAsync());
        Assert.True(await page.Locator("#establishments-create").IsHiddenAsync(), "an office does not edit");
    }

    [Fact]
    public async Task Staff_create_an_establishment_see_the_field_errors_of_the_API_and_add_events_and_a_renaming_changes_the_name_shown()
    {
        var slug = EstablishmentBodies.NewSlug();
        var name = $"Vätgaspark {slug[5..11]}";
        var renamed = $"Kalix Hydrogen {slug[11..17]}";
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", "/establishments.html?county=25");
        await page.Locator("#establishments-list[data-state=ready]").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Ny etablering" }).ClickAsync();
        await page.GetByLabel("Kortnamn i adressen").FillAsync(slug);
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Företag").FillAsync("Exempel AB");
        await page.GetByLabel("Kommuner").SelectOptionAsync("2514");
        await page.GetByLabel("Bransch (SNI 2007)").SelectOptionAsync("D");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till fas" }).ClickAsync();
        await page.Locator("#est-phase-0-kind").SelectOptionAsync("construction");
        // No start month: the API names phases[0].from, and the page shows it at that control.
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa etableringen" }).ClickAsync();
        var from = page.Locator("#est-phase-0-from");
        await page.Locator("#est-phase-0-from[aria-invalid=true]").WaitForAsync();

        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#est-phase-0-from-error").InnerTextAsync()));
        Assert.True(await from.EvaluateAsync<bool>("e => e === document.activeElement"), "the first field with an error has the focus");

        await from.FillAsync("2027-03");
        await page.Locator("#est-phase-0-to").FillAsync("2027-12");
        await page.Locator("#est-phase-0-noteSv").FillAsync("Bygget av elektrolysören.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till år" }).ClickAsync();
        await page.Locator("#est-hires-0-year").FillAsync("2027");
        await page.Locator("#est-hires-0-count").FillAsync("40");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa etableringen" }).ClickAsync();
        var row = page.Locator($"#establishment-{slug}");
        await row.WaitForAsync();
        await page.Locator("#establishments-status", new() { HasTextString = $"{name} är skapad." }).WaitForAsync();

        Assert.Contains(name, await row.Locator("th").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Byggnation", await row.Locator("td.phases-cell").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Kalix", await row.InnerTextAsync(), StringComparison.Ordinal);

        // A renaming without the new name: the API's error shows at the name field.
        await page.Locator($"#establishment-{slug}-details button[data-action=event]").ClickAsync();
        await page.GetByLabel("Slag av händelse").SelectOptionAsync("renamed");
        await page.GetByLabel("Beskrivning på svenska").FillAsync("Bolaget bytte namn.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till händelsen" }).ClickAsync();
        await page.Locator("#event-name[aria-invalid=true]").WaitForAsync();

        await page.GetByLabel("Nytt namn").FillAsync(renamed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till händelsen" }).ClickAsync();
        await page.Locator("#establishments-status", new() { HasTextString = $"Händelsen är tillagd för {renamed}." }).WaitForAsync();
        var title = await row.Locator("th").InnerTextAsync();
        var details = await page.Locator($"#establishment-{slug}-details").InnerTextAsync();

        Assert.StartsWith(renamed, title, StringComparison.Ordinal);
        Assert.Contains($"(tidigare {name})", title, StringComparison.Ordinal);
        Assert.Contains($"Nytt namn: {renamed}", details, StringComparison.Ordinal);

        // A milestone ahead is the row's next event.
        await page.Locator($"#establishment-{slug}-details button[data-action=event]").ClickAsync();
        await page.GetByLabel("Datum").FillAsync("2027-01-15");
        await page.GetByLabel("Beskrivning på svenska").FillAsync("Spadtaget.");
        await page.GetByLabel("Beskrivning på engelska (frivillig)").FillAsync("Ground-breaking.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till händelsen" }).ClickAsync();
        await page.Locator("#establishments-status", new() { HasTextString = "Händelsen är tillagd" }).Last.WaitForAsync();
        await page.Locator($"#establishment-{slug} td", new() { HasTextString = "15 januari 2027: Milstolpe" }).WaitForAsync();

        // Editing keeps the renamed name and changes the company.
        await page.Locator($"#establishment-{slug}-details button[data-action=edit]").ClickAsync();
        await page.Locator("#establishment-editor-title", new() { HasTextString = $"Redigera {renamed}" }).WaitForAsync();
        Assert.Equal(renamed, await page.GetByLabel("Namn", new() { Exact = true }).InputValueAsync());
        Assert.Equal("2027-03", await page.Locator("#est-phase-0-from").InputValueAsync());
        await page.GetByLabel("Företag").FillAsync("Kalix Hydrogen AB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara ändringarna" }).ClickAsync();
        await page.Locator($"#establishment-{slug} td", new() { HasTextString = "Kalix Hydrogen AB" }).WaitForAsync();
    }

    [Fact]
    public async Task Staff_edit_the_procurement_windows_and_sources_and_see_the_APIs_field_errors_at_them()
    {
        var slug = EstablishmentBodies.NewSlug();
        using var staff = browser.App.CreateClient().As(Principals.Staff());
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug))).StatusCode);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", "/establishments.html?county=25");
        await page.Locator($"#establishment-{slug} .establishment-toggle").ClickAsync();
        await page.Locator($"#establishment-{slug}-details button[data-action=edit]").ClickAsync();
        await page.Locator("#est-window-0-from").WaitForAsync();

        var loaded = (
            await page.Locator("#est-window-0-category").InputValueAsync(),
            await page.Locator("#est-window-0-from").InputValueAsync(),
            await page.Locator("#est-window-0-descriptionEn").InputValueAsync(),
            await page.Locator("#est-source-0-url").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till upphandlingsfönster" }).ClickAsync();
        var focusedAfterAdd = await page.EvaluateAsync<string>("() => document.activeElement.id");
        await page.Locator("#est-window-1-category").SelectOptionAsync("transport");
        await page.Locator("#est-window-1-phase").SelectOptionAsync("production_start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till källa" }).ClickAsync();
        await page.GetByLabel("Källans titel").Last.FillAsync("Trafikverket");
        await page.GetByLabel("Källans adress (frivillig), https://…").Last.FillAsync("trafikverket.se");
        // No start month and an address that is not absolute: the API names both, and the page shows each at its control.
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara ändringarna" }).ClickAsync();
        await page.Locator("#est-source-1-url[aria-invalid=true]").WaitForAsync();
        var windowError = await page.Locator("#est-window-1-from-error").InnerTextAsync();
        var focusedAfterErrors = await page.EvaluateAsync<string>("() => document.activeElement.id");
        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a procurement window" }).WaitForAsync();
        var english = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "sv");

        await page.Locator("#est-window-1-from").FillAsync("2029-01");
        await page.Locator("#est-window-1-descriptionSv").FillAsync("Malmtransporter på järnväg.");
        await page.Locator("#est-source-1-url").FillAsync("https://www.trafikverket.se/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta bort källa 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara ändringarna" }).ClickAsync();
        await page.Locator("#establishments-status", new() { HasTextString = "sparade" }).WaitForAsync();
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;

        Assert.Equal(("construction", "2027-01", "Groundworks and concrete.", "https://www.kalix.se/"), loaded);
        Assert.Equal("est-window-1-category", focusedAfterAdd);
        Assert.False(string.IsNullOrWhiteSpace(windowError));
        Assert.Equal("est-window-1-from", focusedAfterErrors); // the first control with an error
        AssertNoViolations(swedish);
        AssertNoViolations(english);
        var windows = stored["procurementWindows"]!.AsArray();
        Assert.Equal(2, windows.Count);
        var added = windows.Single(w => w!["category"]!.GetValue<string>() == "transport")!;
        Assert.Equal(("production_start", "2029-01", "Malmtransporter på järnväg."), (added["phase"]!.GetValue<string>(), added["from"]!.GetValue<string>(), added["description"]!["sv"]!.GetValue<string>()));
        Assert.Null(added["to"]);
        Assert.Equal("Trafikverket", stored["sources"]!.AsArray().Single()!["title"]!.GetValue<string>());
        Assert.Contains("Malmtransporter på järnväg.", await page.Locator($"#establishment-{slug}-details").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_establishments_page_has_no_accessibility_violations_in_Swedish_and_English()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "office", "/establishments.html", municipality: Kiruna);
        await page.Locator("#establishments-list[data-state=ready] tbody.establishment").First.WaitForAsync();
        await page.Locator("#establishment-lkab .establishment-toggle").ClickAsync();

        var county = await page.Locator("#establishments-county").InputValueAsync();
        var names = await page.Locator("#establishments-list .establishment-name").AllInnerTextsAsync();
        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#establishments-status", new() { HasTextRegex = new(@"^\d+ establishments? in ") }).WaitForAsync();
        await page.Locator("#establishment-lkab-details h3", new() { HasTextString = "Timeline" }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.Equal("25", county);
        Assert.Contains(names, n => n.StartsWith("LKAB", StringComparison.Ordinal));
        AssertNoViolations(swedish);
        AssertNoViolations(english);
    }

    [Fact]
    public async Task The_staff_forms_have_no_accessibility_violations_in_Swedish_and_English()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", "/establishments.html?county=25");
        await page.Locator("#establishments-list[data-state=ready] tbody.establishment").First.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ny etablering" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till fas" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till år" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa etableringen" }).ClickAsync();
        await page.Locator("#est-slug[aria-invalid=true]").WaitForAsync();

        var creating = await page.RunAxe();
        await page.GetByRole(AriaRole.Button, new() { Name = "Avbryt" }).ClickAsync();
        await page.Locator("#establishment-stegra .establishment-toggle").ClickAsync();
        await page.Locator("#establishment-stegra-details button[data-action=event]").ClickAsync();
        await page.GetByLabel("Slag av händelse").SelectOptionAsync("renamed");
        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.GetByLabel("Kind of event").WaitForAsync();
        var english = await page.RunAxe();

        AssertNoViolations(creating);
        AssertNoViolations(swedish);
        AssertNoViolations(english);
    }

    private static void AssertNoViolations(Deque.AxeCore.Commons.AxeResult result) =>
        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
}
