using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Establishments;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Knowledge.Tests.Web;

/// <summary>
/// The situation report and the establishments pages in Chromium against the real host: printing to PDF,
/// issued reports, another county's 403, withheld figures and the note on how figures are adjusted, and axe scans in
/// both languages. The tests share one app, so each adds answers in fives (the smallest breakdown shown) to
/// Norrbotten: no figure another test reads is then withheld by chance.
/// </summary>
public sealed partial class ReportPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Norrbotten = "25";
    private const string Vasterbotten = "24";
    private const string Kiruna = "2584";
    private const string Lulea = "2580";
    private const string Gallivare = "2523";
    private const string Skelleftea = "2482";

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task A_region_prints_its_countys_situation_report_to_PDF_and_the_PDF_holds_the_ranked_challenges_the_establishments_upcoming_phases_and_the_recommended_examples()
    {
        await SubmitAsync(Kiruna, 5);
        var (quarter, quarterEnd) = CurrentQuarter();
        var phaseMonth = quarterEnd.AddMonths(2);
        var slug = EstablishmentBodies.NewSlug();
        var name = $"Vätgaspark {slug[5..11]}";
        var note = $"Produktionen startar, anteckning {slug[11..17]}.";
        using (var staff = browser.App.CreateClient().As(Principals.Staff()))
        {
            var body = EstablishmentBodies.Valid(slug, b =>
            {
                b["name"] = name;
                b["phases"] = new JsonArray(new JsonObject
                {
                    ["kind"] = "production_start",
                    ["from"] = phaseMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    ["note"] = new JsonObject { ["sv"] = note, ["en"] = "Production starts." },
                });
            });
            (await staff.PostAsJsonAsync("/api/establishments", body)).EnsureSuccessStatusCode();
        }

        // What the page should print: the top challenge and a recommended example, as the API has them.
        var (report, codebook) = await LiveReportAsync(quarter);

        var topTag = report["challenges"]!.AsArray().First(c => c!["rank"]?.GetValue<int>() == 1)!["tag"]!.GetValue<string>();
        var topLabel = codebook["tags"]!.AsArray().First(t => t!["tag"]!.GetValue<string>() == topTag)!["label"]!["sv"]!.GetValue<string>();
        var exampleTitle = report["examples"]!.AsArray().First()!["title"]!["sv"]!.GetValue<string>();
        var maxDeviation = report["disclosure"]!["maxDeviation"]!.GetValue<int>();
        var minimumPopulation = report["disclosure"]!["minimumPopulation"]!.GetValue<int>();

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Norrbotten}&period={quarter}", county: Norrbotten);
        await page.Locator("#report[data-state=ready][data-source=live]").WaitForAsync();
        await page.Locator($"#report-establishments [data-slug='{slug}']").WaitForAsync();

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        var text = PdfText(pdf);

        Assert.Contains("Nulägesbild för Norrbottens län", text, StringComparison.Ordinal);
        Assert.Contains(topLabel, text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains("Produktionsstart", text, StringComparison.Ordinal);
        Assert.Contains(phaseMonth.ToString("MMMM yyyy", Swedish), text, StringComparison.Ordinal);
        Assert.Contains(note, text, StringComparison.Ordinal);
        Assert.Contains(Words(exampleTitle), text, StringComparison.Ordinal);
        Assert.Contains("viktat nationellt urval", text, StringComparison.Ordinal);
        Assert.Contains($"Talen är något slumpmässigt justerade, med högst ±{maxDeviation}, för att skydda enskilda företag", text, StringComparison.Ordinal);
        Assert.Contains("1 och 2 visas aldrig", text, StringComparison.Ordinal);
        Assert.Contains($"urvalet har för få svar (färre än {minimumPopulation})", text, StringComparison.Ordinal);

        // Neither the navigation nor the page's controls are printed.
        Assert.DoesNotContain("Hoppa till huvudinnehållet", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Enkäten", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Logga ut", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Språk / Language", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Utfärdade nulägesbilder", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Skriv ut", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Knowledge – en tjänst", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issued_report_opened_from_the_list_is_marked_as_issued_and_shows_its_figures()
    {
        await SubmitAsync(Lulea, 5);
        var (quarter, _) = CurrentQuarter();
        var issued = await IssueAsync(quarter);

        var id = issued["id"]!.GetValue<string>();
        var respondents = issued["report"]!["respondents"]!["count"]!.GetValue<int>();

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", "/report.html", county: Norrbotten);
        await page.Locator("#report[data-state=ready][data-source=live]").WaitForAsync();
        var open = page.Locator($"#report-issued-list button[data-id='{id}']");
        await open.ClickAsync();
        await page.Locator("#report[data-state=ready][data-source=issued]").WaitForAsync();

        var kind = await page.Locator("#report-kind").InnerTextAsync();
        var shown = (await page.Locator("#report-figures-list [data-key=respondents] .key-figure-value").InnerTextAsync()).Trim();
        var shares = await page.Locator("#report-challenges-table tbody td.num:not(.suppressed)").AllInnerTextsAsync();
        var challenges = await ChallengeRowsAsync(page);

        Assert.Contains("Utfärdad nulägesbild.", kind, StringComparison.Ordinal);
        Assert.Contains("Utfärdad", kind, StringComparison.Ordinal);
        Assert.Contains("Uppgifterna gäller", kind, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#report-kind time").CountAsync());
        Assert.True(respondents >= 5, $"{respondents} respondents");
        Assert.Equal(respondents.ToString(Swedish), Regex.Replace(shown, @"\s", ""));
        Assert.Contains(shares, s => s.Contains('%', StringComparison.Ordinal));
        var listed = issued["report"]!["challenges"]!.AsArray().Where(c => c!["suppressed"]!.GetValue<bool>() || c["count"]!.GetValue<int>() > 0).ToList();
        Assert.Equal(listed.Count, challenges.Count);
        Assert.All(listed, c =>
        {
            var row = challenges[c!["tag"]!.GetValue<string>()];
            Assert.Equal(c["count"]?.GetValue<int>().ToString(CultureInfo.InvariantCulture) ?? "–", row.Count);
            Assert.Equal(c["share"] is { } share ? Math.Round(share.GetValue<double>() * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "–", row.Share);
        });
        Assert.Equal("true", await open.GetAttributeAsync("aria-current"));
        Assert.Contains($"issued={id}", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#report-issue").IsVisibleAsync(), "a region issues its own county's report");
    }

    [Fact]
    public async Task A_region_issues_its_countys_chosen_period_now_and_sees_it_as_issued_at_the_top_of_the_list()
    {
        await SubmitAsync(Lulea, 5);
        var (quarter, _) = CurrentQuarter();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Norrbotten}&period={quarter}", county: Norrbotten);
        await page.Locator("#report[data-state=ready][data-source=live]").WaitForAsync();
        await page.Locator("#report-issued-status:not(:empty)").WaitForAsync();
        var before = await page.Locator("#report-issued-list li").CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Utfärda nu" }).ClickAsync();
        await page.Locator("#report[data-state=ready][data-source=issued]").WaitForAsync();
        await page.Locator("#report-issued-list li button[aria-current=true]").WaitForAsync();

        var first = page.Locator("#report-issued-list li").First;
        Assert.Contains("Utfärdad nulägesbild.", await page.Locator("#report-kind").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await first.Locator("button").GetAttributeAsync("aria-current"));
        Assert.True(await page.Locator("#report-issued-list li").CountAsync() >= Math.Min(before + 1, 12));
        Assert.Contains("är utfärdad", await page.Locator("#report-issue-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_of_another_county_sees_that_it_may_not_see_the_report_and_no_report()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Norrbotten}", county: Vasterbotten);

        await page.Locator("#report[data-state=error]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var lead = await page.Locator("#report-alert .alert-lead").InnerTextAsync();
        var detail = await page.Locator("#report-alert .alert-detail").InnerTextAsync();

        Assert.Contains("får inte se nulägesbilden", lead, StringComparison.Ordinal);
        Assert.Contains("25", detail, StringComparison.Ordinal);
        Assert.True(await page.Locator("#report").IsHiddenAsync());
        await page.Locator("#report-issued-status", new() { HasTextString = "får inte se" }).WaitForAsync();
        Assert.Equal(0, await page.Locator("#report-issued-list li").CountAsync());
        Assert.True(await page.Locator("#report-issue").IsHiddenAsync(), "no issuing for another county");
    }

    [Fact]
    public async Task A_county_with_too_few_answers_shows_dashes_with_the_reason_and_the_note_with_the_APIs_parameters_in_Swedish_and_English()
    {
        await SubmitAsync(Skelleftea, 2);
        var (quarter, _) = CurrentQuarter();
        JsonObject disclosure;
        using (var region = browser.App.CreateClient().As(Principals.Region(Vasterbotten)))
        {
            disclosure = (await region.GetFromJsonAsync<JsonObject>($"/api/reports/situation?county={Vasterbotten}&period={quarter}"))!["disclosure"]!.AsObject();
        }

        var maxDeviation = disclosure["maxDeviation"]!.GetValue<int>();
        var minimumPopulation = disclosure["minimumPopulation"]!.GetValue<int>();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Vasterbotten}&period={quarter}", county: Vasterbotten);
        await page.Locator("#report[data-state=ready]").WaitForAsync();

        var respondents = page.Locator("#report-figures-list [data-key=respondents]");
        var withheldCount = page.Locator("#report-challenges-table tbody tr").First.Locator("td.suppressed").First;
        var swedish = (
            Reason: await respondents.Locator(".suppressed-reason").InnerTextAsync(),
            Cell: await withheldCount.GetAttributeAsync("title"),
            Note: await page.Locator("#report-disclosure-note").InnerTextAsync(),
            Legend: await page.Locator("#report-suppressed-legend").InnerTextAsync(),
            Axe: await page.RunAxe());
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#report-title", new() { HasTextRegex = new("^Situation report for") }).WaitForAsync();
        var english = (
            Reason: await respondents.Locator(".suppressed-reason").InnerTextAsync(),
            Note: await page.Locator("#report-disclosure-note").InnerTextAsync(),
            Legend: await page.Locator("#report-suppressed-legend").InnerTextAsync(),
            Axe: await page.RunAxe());

        Assert.Equal("–", (await respondents.Locator(".suppressed-mark").InnerTextAsync()).Trim());
        Assert.Equal($"visas inte: färre än {minimumPopulation} svar i urvalet eller i skillnaden mot ett större urval", swedish.Reason);
        Assert.Equal(swedish.Reason, swedish.Cell);
        Assert.Contains($"med högst ±{maxDeviation}, för att skydda enskilda företag; 1 och 2 visas aldrig", swedish.Note, StringComparison.Ordinal);
        Assert.Contains("en summa kan skilja sig från summan av sina delar", swedish.Note, StringComparison.Ordinal);
        Assert.Contains($"för få svar (färre än {minimumPopulation}) eller skiljer sig från ett större urval med för få svar", swedish.Legend, StringComparison.Ordinal);
        Assert.Equal($"not shown: fewer than {minimumPopulation} answers in the breakdown or in its difference from a wider one", english.Reason);
        Assert.Contains($"by at most ±{maxDeviation}, to protect individual companies; 1 and 2 are never shown", english.Note, StringComparison.Ordinal);
        Assert.Contains("a total may differ from the sum of its parts", english.Note, StringComparison.Ordinal);
        Assert.Contains($"too few answers (fewer than {minimumPopulation}) or differs from a wider one by too few", english.Legend, StringComparison.Ordinal);
        AssertNoViolations(swedish.Axe);
        AssertNoViolations(english.Axe);
    }

    [Fact]
    public async Task An_issued_report_from_before_disclosure_control_still_shows_and_says_its_own_rule()
    {
        await SubmitAsync(Lulea, 5);
        var (quarter, _) = CurrentQuarter();
        var id = (await IssueAsync(quarter))["id"]!.GetValue<string>();

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        // As reports were stored before disclosure control: a suppression threshold, no "disclosure".
        var rewritten = false;
        await page.RouteAsync(new Regex($@"/api/reports/situation/issued/{id}\?"), async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            var report = body["report"]!.AsObject();
            report.Remove("disclosure");
            report["suppressionThreshold"] = 3;
            rewritten = true;
            await route.FulfillAsync(new() { Response = response, Body = body.ToJsonString() });
        });
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Norrbotten}&issued={id}", county: Norrbotten);
        await page.Locator("#report[data-state=ready][data-source=issued]").WaitForAsync();

        Assert.True(rewritten, "the page read the report in its old form");
        Assert.Contains("utfärdades före den slumpmässiga justeringen", await page.Locator("#report-disclosure-note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("färre än 3 svar", await page.Locator("#report-suppressed-legend").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+$", (await page.Locator("#report-figures-list [data-key=respondents] .key-figure-value").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task The_report_page_with_a_report_shown_has_no_accessibility_violations_in_Swedish_and_English()
    {
        await SubmitAsync(Gallivare, 5);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Norrbotten}", county: Norrbotten);
        await page.Locator("#report[data-state=ready]").WaitForAsync();
        await page.Locator("#report-challenges-table tbody tr").First.WaitForAsync();

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#report-title", new() { HasTextRegex = new("^Situation report for") }).WaitForAsync();
        var english = await page.RunAxe();

        AssertNoViolations(swedish);
        AssertNoViolations(english);
    }

    /// <summary>Norrbotten's report for the period, issued now by an admin, as the API answers.</summary>
    private async Task<JsonNode> IssueAsync(string period)
    {
        using var admin = browser.App.CreateClient().As(Principals.Admin());
        var response = await admin.PostAsJsonAsync("/api/reports/situation/issued", new { county = Norrbotten, period });
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task SubmitAsync(string municipality, int count)
    {
        using var office = browser.App.CreateClient().As(Principals.Office(municipality));
        for (var i = 0; i < count; i++)
        {
            (await office.SubmitAsync(SurveyAnswers.Valid(municipality))).EnsureSuccessStatusCode();
        }
    }

    /// <summary>The challenges table by tag: its count and share as shown (digits only, or "–" when withheld).</summary>
    private static async Task<IReadOnlyDictionary<string, (string Count, string Share)>> ChallengeRowsAsync(IPage page)
    {
        var rows = await page.Locator("#report-challenges-table tbody tr[data-key]").EvaluateAllAsync<string[][]>(
            "rows => rows.map((tr) => [tr.dataset.key, ...[2, 3].map((i) => tr.cells[i].classList.contains('suppressed') ? '–' : tr.cells[i].textContent)])");
        return rows.ToDictionary(r => r[0], r => (Figure(r[1]), Figure(r[2])));

        static string Figure(string text) => text == "–" ? text : NonDigits().Replace(text, "");
    }

    /// <summary>The quarter the app's clock is in (the real one here), and the first day after it.</summary>
    private static (string Name, DateOnly End) CurrentQuarter()
    {
        var now = DateTime.UtcNow;
        var first = new DateOnly(now.Year, ((now.Month - 1) / 3 * 3) + 1, 1);
        return ($"{first.Year}-Q{((first.Month - 1) / 3) + 1}", first.AddMonths(3));
    }

    /// <summary>
    /// The words of every page of a PDF, one space between words (line breaks become spaces too). Chromium prints "ff",
    /// "fi", … as one ligature glyph that reads back as U+FB00–U+FB06: those become their letters again (a random slug
    /// holding "ff" failed the test now and then).
    /// </summary>
    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        return Words(Ligature().Replace(text, m => m.Value.Normalize(NormalizationForm.FormKC)));
    }

    private static string Words(string text) => Spaces().Replace(text, " ").Trim();

    private static void AssertNoViolations(Deque.AxeCore.Commons.AxeResult result) =>
        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigits();

    [GeneratedRegex(@"[\uFB00-\uFB06]")]
    private static partial Regex Ligature();

    // The live report for Norrbotten and the codebook, as the region's page reads them: what a page should show.
    private async Task<(JsonObject Report, JsonObject Codebook)> LiveReportAsync(string quarter)
    {
        using var region = browser.App.CreateClient().As(Principals.Region(Norrbotten));
        var report = (await region.GetFromJsonAsync<JsonObject>($"/api/reports/situation?county={Norrbotten}&period={quarter}"))!;
        var codebook = (await region.GetFromJsonAsync<JsonObject>("/api/codebook"))!;
        return (report, codebook);
    }
}
