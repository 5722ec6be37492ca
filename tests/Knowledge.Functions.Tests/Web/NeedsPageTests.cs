using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Knowledge.Needs;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>
/// A region follows its county's needs in Chromium while offices submit, against the real host. The tests share one
/// app, so each leaves every municipality's answers for the year at a multiple of 5 (the smallest breakdown shown):
/// then no breakdown another test looks at differs from a wider one by 1–4 answers and is withheld by chance.
/// </summary>
public sealed partial class NeedsPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Norrbotten = "25";
    private const string Kiruna = "2584";
    private const string Gallivare = "2523";
    private const string Lulea = "2580";
    private const string Pitea = "2581";
    private const string Boden = "2582";

    [Fact]
    public async Task A_regions_heatmap_fills_in_as_offices_submit()
    {
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync("window.knowledgeConfig = { needsRefreshMs: 250 };");
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", "/needs.html", county: Norrbotten);
        var kirunaRow = page.Locator($"#needs-heatmap tbody tr[data-key='{Kiruna}']");
        await kirunaRow.WaitForAsync();
        var respondentsBefore = (await kirunaRow.Locator("td").First.InnerTextAsync()).Trim();

        await SubmitAsync(Kiruna, 5);

        var competence = kirunaRow.Locator("td[data-key=competence] .cell-share");
        await competence.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("inga svar", respondentsBefore); // was "0" before a municipality without answers said so in words
        Assert.Equal("5", (await kirunaRow.Locator("td").First.InnerTextAsync()).Trim());
        Assert.Matches(@"^100\s?%$", (await competence.InnerTextAsync()).Trim());
        Assert.Equal("(5)", (await kirunaRow.Locator("td[data-key=competence] .cell-count").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("#needs-top-table tbody tr").Filter(new() { HasTextRegex = new("Kompetens") }).CountAsync());
    }

    [Fact]
    public async Task An_office_sees_its_own_municipalitys_needs_and_not_the_countys()
    {
        // Until the office view, an office met "Ditt konto saknar behörighet" here.
        await SubmitAsync(Kiruna, 5);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var asked = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/needs", StringComparison.Ordinal))
            {
                asked.Add(request.Url);
            }
        };
        await BrowserApp.SignInAsync(page, "office", "/needs.html", municipality: Kiruna);

        await page.Locator($"#needs-municipality[data-state=ready][data-municipality='{Kiruna}']").WaitForAsync();
        await page.Locator("#needs-trend-table tfoot tr").WaitForAsync();
        Assert.True(await page.Locator("#auth-gate").IsHiddenAsync());
        Assert.Equal("Kiruna: utvecklingen per kvartal", await page.Locator("#needs-municipality-title").InnerTextAsync());
        Assert.True(await page.Locator("#needs-heatmap-section").IsHiddenAsync(), "an office sees no county heat map");
        Assert.True(await page.Locator("#needs-municipality-close").IsHiddenAsync());
        Assert.Equal("Kommun", (await page.Locator("label[for=needs-county]").InnerTextAsync()).Trim());
        Assert.Equal(Kiruna, await page.Locator("#needs-county").InputValueAsync());
        Assert.Contains("slumpmässigt justerade", await page.Locator("#needs-municipality-note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(asked);
        Assert.All(asked, url => Assert.Contains($"/api/needs/municipalities/{Kiruna}", url, StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#needs-alert :is(p, ul)").CountAsync());

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-municipality-title", new() { HasTextString = "per quarter" }).WaitForAsync();
        var english = await page.RunAxe();
        Assert.True(swedish.Violations.Length == 0, string.Join("; ", swedish.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
        Assert.True(english.Violations.Length == 0, string.Join("; ", english.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
    }

    [Fact]
    public async Task The_period_picker_asks_for_calendar_periods_only_and_a_quarter_is_its_three_months()
    {
        var year = DateTime.Now.Year;
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var asked = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/needs", StringComparison.Ordinal))
            {
                asked.Add(request.Url);
            }
        };
        var first = await page.RunAndWaitForRequestAsync(
            () => BrowserApp.SignInAsync(page, "region", "/needs.html", county: Norrbotten),
            request => request.Url.Contains("/api/needs?", StringComparison.Ordinal));
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();

        await page.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync("quarter");
        await page.GetByLabel("År", new() { Exact = true }).SelectOptionAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.RunAndWaitForRequestAsync(
            () => page.GetByLabel("Kvartal", new() { Exact = true }).SelectOptionAsync("3"),
            request => request.Url.Contains($"from={year}-07&to={year}-09", StringComparison.Ordinal));
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();
        var caption = await page.Locator("#needs-heatmap-caption").InnerTextAsync();
        var address = page.Url;
        await page.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync("month");
        await page.RunAndWaitForRequestAsync(
            () => page.GetByLabel("Månad", new() { Exact = true }).SelectOptionAsync("2"),
            request => request.Url.Contains($"from={year}-02&to={year}-02", StringComparison.Ordinal));
        await page.RunAndWaitForRequestAsync(
            () => page.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync("year"),
            request => request.Url.Contains($"from={year}-01&to={year}-12", StringComparison.Ordinal));
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();

        Assert.Contains($"from={year}-01&to={year}-12", first.Url, StringComparison.Ordinal);
        Assert.Contains($"from={year}-07&to={year}-09", address, StringComparison.Ordinal);
        Assert.Contains($"kv. 3 {year}", caption, StringComparison.Ordinal);
        Assert.True(await page.Locator("#needs-quarter").IsHiddenAsync(), "the quarter picker is only there for a quarter");
        Assert.Equal(0, await page.Locator("#needs-alert :is(p, ul)").CountAsync());
        Assert.NotEmpty(asked);
        Assert.All(asked, url => Assert.True(IsCalendarPeriod(url), $"{url} does not ask for one calendar month, quarter or year"));
    }

    [Theory]
    [InlineData("from=2025-12&to=2026-11", "year", "from=2026-01&to=2026-12")]
    [InlineData("from=2026-07&to=2026-08", "quarter", "from=2026-07&to=2026-09")]
    [InlineData("to=2026-05", "year", "from=2026-01&to=2026-12")]
    public async Task An_old_address_with_a_free_month_range_opens_on_the_calendar_period_that_holds_it(string range, string kind, string asked)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var request = await page.RunAndWaitForRequestAsync(
            () => BrowserApp.SignInAsync(page, "region", $"/needs.html?county={Norrbotten}&{range}", county: Norrbotten),
            r => r.Url.Contains("/api/needs?", StringComparison.Ordinal));
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();

        Assert.Contains(asked, request.Url, StringComparison.Ordinal);
        Assert.Equal(kind, await page.Locator("#needs-period-kind").InputValueAsync());
        Assert.Contains(asked, page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#needs-alert :is(p, ul)").CountAsync());
    }

    [Fact]
    public async Task The_note_says_how_the_figures_are_adjusted_in_Swedish_and_English_with_the_parameters_of_the_API()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        // Parameters other than the defaults the page falls back on, so only ones read from the answer can pass.
        await page.RouteAsync(new Regex(@"/api/needs\?"), async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            body["disclosure"]!["maxDeviation"] = 2;
            body["disclosure"]!["smallestPublished"] = 4;
            body["disclosure"]!["minimumPopulation"] = 7;
            await route.FulfillAsync(new() { Response = response, Body = body.ToJsonString() });
        });
        await BrowserApp.SignInAsync(page, "region", "/needs.html", county: Norrbotten);
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();

        var swedishNote = await page.Locator("#needs-disclosure-note").InnerTextAsync();
        var swedishLegend = await page.Locator("#needs-suppressed-legend").InnerTextAsync();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-disclosure-note", new() { HasTextString = "at random" }).WaitForAsync();
        var englishNote = await page.Locator("#needs-disclosure-note").InnerTextAsync();
        var englishLegend = await page.Locator("#needs-suppressed-legend").InnerTextAsync();

        Assert.Contains("något slumpmässigt justerade, med högst ±2, för att skydda enskilda företag", swedishNote, StringComparison.Ordinal);
        Assert.Contains("1, 2 och 3 visas aldrig", swedishNote, StringComparison.Ordinal);
        Assert.Contains("en summa kan skilja sig från summan av sina delar", swedishNote, StringComparison.Ordinal);
        Assert.Contains("färre än 7", swedishLegend, StringComparison.Ordinal);
        Assert.Contains("skiljer sig från ett större urval med för få svar", swedishLegend, StringComparison.Ordinal);
        Assert.Contains("slightly adjusted at random, by at most ±2, to protect individual companies", englishNote, StringComparison.Ordinal);
        Assert.Contains("1, 2 and 3 are never shown", englishNote, StringComparison.Ordinal);
        Assert.Contains("a total may differ from the sum of its parts", englishNote, StringComparison.Ordinal);
        Assert.Contains("fewer than 7", englishLegend, StringComparison.Ordinal);
        Assert.Contains("differs from a wider one by too few", englishLegend, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withheld_row_shows_a_dash_with_the_reason_and_every_figure_on_the_page_is_the_APIs_published_one()
    {
        // Luleå has 10 answers in all but 2 from companies of 0–9 employees: that row of the 0–9 breakdown is withheld.
        await SubmitAsync(Lulea, 2, "0-9");
        await SubmitAsync(Lulea, 8);
        await SubmitAsync(Pitea, 5, "0-9");
        await SubmitAsync(Boden, 5, "0-9");

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/needs.html?county={Norrbotten}&size=0-9", county: Norrbotten);
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();
        JsonObject published;
        using (var region = browser.App.CreateClient().As(Principals.Region(Norrbotten)))
        {
            published = (await region.GetFromJsonAsync<JsonObject>("/api/needs" + new Uri(page.Url).Query))!;
        }

        var shown = await HeatmapAsync(page);
        var luleaRespondents = page.Locator($"#needs-heatmap tr[data-key='{Lulea}'] td").First;
        var swedishReason = await luleaRespondents.GetAttributeAsync("title");
        var swedishSpoken = await luleaRespondents.Locator(".visually-hidden").TextContentAsync();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-heatmap-caption", new() { HasTextRegex = new("^Share of answers") }).WaitForAsync();
        var englishReason = await luleaRespondents.GetAttributeAsync("title");

        var lulea = Municipality(published, Lulea);
        Assert.True(lulea["suppressed"]!.GetValue<bool>());
        Assert.Equal(5, Municipality(published, Pitea)["respondents"]!.GetValue<int>());
        Assert.Equal("–", (await luleaRespondents.Locator("[aria-hidden=true]").TextContentAsync())?.Trim());
        Assert.Equal("visas inte: färre än 5 svar i urvalet eller i skillnaden mot ett större urval", swedishReason);
        Assert.Equal(swedishReason, swedishSpoken);
        Assert.Equal("not shown: fewer than 5 answers in the breakdown or in its difference from a wider one", englishReason);

        var areas = published["municipalities"]!.AsArray()
            .Select(m => (Key: m!["code"]!.GetValue<string>(), Figures: m.AsObject()))
            .Append(("total", published["total"]!.AsObject()));
        Assert.All(areas, expected =>
        {
            var (key, area) = expected;
            var row = shown.Single(r => r.Key == key);
            var suppressed = area["suppressed"]!.GetValue<bool>();
            if (!suppressed && area["respondents"]!.GetValue<int>() == 0)
            {
                // No answers at all: the row says so in words (it showed zeros before), in every cell.
                Assert.All(row.Cells, cell => Assert.True(cell.NoAnswers && cell.Count == "" && cell.Share == "", $"{key}: {cell.Key}"));
                Assert.Equal(area["tags"]!.AsArray().Count + 1, row.Cells.Count);
                return;
            }

            Assert.Equal(suppressed, row.Cells[0].Withheld);
            Assert.Equal(suppressed ? "" : area["respondents"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), row.Cells[0].Count);
            foreach (var figure in area["tags"]!.AsArray())
            {
                var cell = row.Cells.Single(c => c.Key == figure!["tag"]!.GetValue<string>());
                Assert.Equal(figure!["suppressed"]!.GetValue<bool>(), cell.Withheld);
                Assert.Equal(figure["count"]?.GetValue<int>().ToString(CultureInfo.InvariantCulture) ?? "", cell.Count);
                Assert.Equal(figure["share"] is { } share ? Math.Round(share.GetValue<double>() * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "", cell.Share);
            }
        });
    }

    [Fact]
    public async Task The_needs_page_has_no_accessibility_violations_with_a_municipality_open()
    {
        await SubmitAsync(Gallivare, 5);

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", "/needs.html", county: Norrbotten);
        await page.Locator($"#needs-heatmap button[data-municipality='{Gallivare}']").ClickAsync();
        await page.Locator("#needs-trend-table tbody tr").First.WaitForAsync();
        await page.GetByLabel("Period", new() { Exact = true }).SelectOptionAsync("quarter");
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-heatmap-caption", new() { HasTextRegex = new("^Share of answers") }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, string.Join("; ", swedish.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
        Assert.True(english.Violations.Length == 0, string.Join("; ", english.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
    }

    private async Task SubmitAsync(string municipality, int count, string sizeClass = "10-49")
    {
        using var office = browser.App.CreateClient().As(Principals.Office(municipality));
        for (var i = 0; i < count; i++)
        {
            (await office.SubmitAsync(SurveyAnswers.Valid(municipality, change: d => d["sizeClass"] = sizeClass))).EnsureSuccessStatusCode();
        }
    }

    private static JsonObject Municipality(JsonObject needs, string code) =>
        needs["municipalities"]!.AsArray().Single(m => m!["code"]!.GetValue<string>() == code)!.AsObject();

    /// <summary>Whether a needs request asks for one calendar month, quarter or year.</summary>
    private static bool IsCalendarPeriod(string url)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query);
        return query["from"] is { } from && query["to"] is { } to && CalendarPeriods.IsCalendarPeriod(from, to);
    }

    /// <summary>The heat map's rows as the page shows them: per cell its key, whether it is withheld, its count and share (digits only).</summary>
    private static async Task<IReadOnlyList<ShownRow>> HeatmapAsync(IPage page)
    {
        var rows = await page.EvaluateAsync<JsonElement>(
            """
            () => [...document.querySelectorAll("#needs-heatmap tbody tr, #needs-heatmap tfoot tr")].map((tr) => ({
              key: tr.dataset.key,
              cells: [...tr.querySelectorAll("td")].map((td) => ({
                key: td.dataset.key ?? "",
                withheld: td.classList.contains("suppressed"),
                noAnswers: td.classList.contains("no-answers") && /^(inga svar|no answers)$/.test(td.textContent.trim()),
                count: td.classList.contains("suppressed") || td.classList.contains("no-answers") ? "" : (td.querySelector(".cell-count") ?? td).textContent,
                share: td.querySelector(".cell-share")?.textContent ?? "",
              })),
            }))
            """);
        return [.. rows.EnumerateArray().Select(row => new ShownRow(
            row.GetProperty("key").GetString()!,
            [.. row.GetProperty("cells").EnumerateArray().Select(cell => new ShownCell(
                cell.GetProperty("key").GetString()!,
                cell.GetProperty("withheld").GetBoolean(),
                cell.GetProperty("noAnswers").GetBoolean(),
                Digits().Replace(cell.GetProperty("count").GetString()!, ""),
                Digits().Replace(cell.GetProperty("share").GetString()!, "")))]))];
    }

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();

    private sealed record ShownRow(string Key, IReadOnlyList<ShownCell> Cells);

    private sealed record ShownCell(string Key, bool Withheld, bool NoAnswers, string Count, string Share);
}
