using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>
/// The needs dashboard in daily use, in Chromium against the real host: no answers in words, sortable columns, a
/// colour scale of several steps beside the numbers, a cell that opens its municipality, charts that say when they are
/// empty, and a phone's screen. Its own app: Luleå has 5 answers naming competence, Piteå 10 of which 5 do, Västerbotten none.
/// </summary>
public sealed class NeedsDashboardTests(BrowserApp browser) : IClassFixture<BrowserApp>, IAsyncLifetime
{
    private const string Norrbotten = "25";
    private const string Vasterbotten = "24";
    private const string Lulea = "2580";
    private const string Pitea = "2581";
    private const string Kiruna = "2584";
    private const string Umea = "2480";

    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool _seeded;

    public async Task InitializeAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }

            await SubmitAsync(Lulea, 5, ["competence", "financing"]);
            await SubmitAsync(Pitea, 5, ["competence", "financing"]);
            await SubmitAsync(Pitea, 5, ["financing"]);
            _seeded = true;
        }
        finally
        {
            Seeded.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_municipality_without_answers_reads_no_answers_in_Swedish_and_English_not_zeros()
    {
        var page = await OpenAsync();
        var kiruna = page.Locator($"#needs-heatmap tbody tr[data-key='{Kiruna}']");

        var swedishCells = await kiruna.Locator("td").AllInnerTextsAsync();
        var swedishSpoken = await kiruna.Locator("td[data-key=competence]").TextContentAsync();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-heatmap-caption", new() { HasTextRegex = new("^Share of answers") }).WaitForAsync();
        var englishFirst = await kiruna.Locator("td").First.InnerTextAsync();

        Assert.Equal("inga svar", swedishCells[0].Trim());
        Assert.DoesNotContain(swedishCells, text => text.Contains('0', StringComparison.Ordinal));
        Assert.Equal("inga svar", swedishSpoken?.Trim());
        Assert.Equal("no answers", englishFirst.Trim());
        Assert.Equal("(5)", (await page.Locator($"#needs-heatmap tr[data-key='{Lulea}'] td[data-key=competence] .cell-count").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Columns_sort_by_name_respondents_and_each_challenge_with_aria_sort_on_the_sorted_header()
    {
        var page = await OpenAsync();
        var header = (string key) => page.Locator($"#needs-heatmap thead th[data-key='{key}']");

        var byNameAtFirst = await header("name").GetAttributeAsync("aria-sort");
        await header("competence").GetByRole(AriaRole.Button).ClickAsync();
        var competenceDescending = await RowKeysAsync(page);
        var competenceSort = await header("competence").GetAttributeAsync("aria-sort");
        var nameAfter = await header("name").GetAttributeAsync("aria-sort");
        await header("competence").GetByRole(AriaRole.Button).ClickAsync();
        var competenceAscending = await RowKeysAsync(page);
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('th')?.dataset.key ?? ''");
        await header("respondents").GetByRole(AriaRole.Button).ClickAsync();
        var byRespondents = await RowKeysAsync(page);
        await header("name").GetByRole(AriaRole.Button).ClickAsync(); // A to Ö first
        await header("name").GetByRole(AriaRole.Button).ClickAsync();
        var nameDescending = await page.Locator("#needs-heatmap tbody tr th").AllInnerTextsAsync();

        Assert.Equal("ascending", byNameAtFirst);
        Assert.Equal("descending", competenceSort);
        Assert.Null(nameAfter);
        Assert.Equal([Lulea, Pitea], competenceDescending.Take(2));
        Assert.Equal([Pitea, Lulea], competenceAscending.Take(2)); // 50 % before 100 %; rows without answers stay last
        Assert.Equal("competence", focused);
        Assert.Equal([Pitea, Lulea], byRespondents.Take(2));
        Assert.Equal("descending", await header("name").GetAttributeAsync("aria-sort"));
        Assert.Equal("Övertorneå", nameDescending[0].Trim());
        Assert.Equal("Arjeplog", nameDescending[^1].Trim());
    }

    [Fact]
    public async Task The_colour_scale_has_at_least_five_distinct_steps_with_readable_text_on_each_and_a_legend()
    {
        var page = await OpenAsync();

        var legend = await page.Locator("#needs-heat-legend li").AllInnerTextsAsync();
        var steps = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const luminance = (rgb) => {
                const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => v / 255)
                  .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              const body = document.querySelector("#needs-heatmap tbody");
              return [...document.querySelectorAll("#needs-heat-legend li")].map((li) => {
                const level = li.dataset.level;
                const row = document.createElement("tr");
                row.innerHTML = `<td class="num heat heat-${level}"><span class="cell-share">50 %</span> <span class="cell-count">(5)</span></td>`;
                body.append(row);
                const style = getComputedStyle(row.firstElementChild);
                const swatch = getComputedStyle(li.querySelector(".heat-swatch")).backgroundColor;
                const result = { level, background: style.backgroundColor, swatch, contrast: contrast(style.color, style.backgroundColor) };
                row.remove();
                return result;
              });
            }
            """);
        var lulea = await CellBackgroundAsync(page, Lulea);
        var pitea = await CellBackgroundAsync(page, Pitea);

        var shown = steps.EnumerateArray().ToList();
        Assert.True(shown.Count >= 5, $"{shown.Count} steps");
        Assert.Equal(shown.Count, shown.Select(s => s.GetProperty("background").GetString()).Distinct().Count());
        Assert.All(shown, s => Assert.Equal(s.GetProperty("background").GetString(), s.GetProperty("swatch").GetString()));
        Assert.All(shown, s => Assert.True(s.GetProperty("contrast").GetDouble() >= 4.5, $"step {s.GetProperty("level")}: {s.GetProperty("contrast")}"));
        Assert.Equal(shown.Count, legend.Count);
        Assert.Contains(legend, text => Regex.IsMatch(text.Trim(), @"^90–100\s?%$"));
        Assert.Contains(legend, text => Regex.IsMatch(text.Trim(), @"^75–89\s?%$"));
        Assert.Matches(@"^50\s?%$", (await page.Locator($"#needs-heatmap tr[data-key='{Pitea}'] td[data-key=competence] .cell-share").InnerTextAsync()).Trim());
        Assert.NotEqual(lulea, pitea); // 100 % and 50 % are told apart
    }

    [Fact]
    public async Task Clicking_a_cell_opens_that_municipality()
    {
        var page = await OpenAsync();

        await page.Locator($"#needs-heatmap tbody tr[data-key='{Pitea}'] td[data-key=financing]").ClickAsync();

        await page.Locator($"#needs-municipality[data-municipality='{Pitea}'][data-state=ready]").WaitForAsync();
        Assert.Equal("Piteå: utvecklingen per kvartal", await page.Locator("#needs-municipality-title").InnerTextAsync());
        Assert.Equal("true", await page.Locator($"#needs-heatmap button[data-municipality='{Pitea}']").GetAttributeAsync("aria-expanded"));
        Assert.Contains($"municipality={Pitea}", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_with_nothing_to_show_say_so_in_a_sentence_instead_of_bare_axes()
    {
        var page = await OpenAsync(Vasterbotten);
        await page.Locator($"#needs-heatmap button[data-municipality='{Umea}']").ClickAsync();
        await page.Locator("#needs-municipality[data-state=ready]").WaitForAsync();

        Assert.True(await page.Locator("#needs-top-chart").IsHiddenAsync());
        Assert.Contains("Inget att visa i diagrammet för Västerbottens län", await page.Locator("#needs-top-empty").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#needs-trend-chart").IsHiddenAsync());
        Assert.Contains("Inget att visa i diagrammet för Umeå", await page.Locator("#needs-trend-empty").InnerTextAsync(), StringComparison.Ordinal);

        var norrbotten = await OpenAsync();
        Assert.True(await norrbotten.Locator("#needs-top-chart").IsVisibleAsync());
        Assert.True(await norrbotten.Locator("#needs-top-empty").IsHiddenAsync());
    }

    [Fact]
    public async Task On_a_390_px_phone_the_first_column_stays_while_scrolling_and_the_header_takes_at_most_a_fifth()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl,
            ReducedMotion = ReducedMotion.Reduce,
            ViewportSize = new() { Width = 390, Height = 844 },
        });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", "/needs.html", county: Norrbotten);
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();

        var header = (await page.Locator("header.site-header").BoundingBoxAsync())!;
        var scroller = page.Locator("#needs-heatmap-section .table-scroll");
        // The row in view vertically (the window scrolls), then the table scrolled sideways.
        await page.Locator($"#needs-heatmap tbody tr[data-key='{Lulea}'] th").EvaluateAsync(
            "th => window.scrollBy(0, th.getBoundingClientRect().top - window.innerHeight / 2)");
        var scrolled = await scroller.EvaluateAsync<double>("box => { box.scrollLeft = 300; return box.scrollLeft; }");
        var box = (await scroller.BoundingBoxAsync())!;
        var name = (await page.Locator($"#needs-heatmap tbody tr[data-key='{Lulea}'] th").BoundingBoxAsync())!;
        var onTop = await page.Locator($"#needs-heatmap tbody tr[data-key='{Lulea}'] th").EvaluateAsync<bool>(
            "th => { const r = th.getBoundingClientRect(); return th.contains(document.elementFromPoint(r.left + 8, r.top + r.height / 2)); }");
        var swedish = await page.RunAxe();
        await page.GetByRole(AriaRole.Button, new() { Name = "Meny" }).ClickAsync();
        var menuLinks = await page.Locator(".site-nav a").CountAsync();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-heatmap-caption", new() { HasTextRegex = new("^Share of answers") }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.True(header.Height <= 844 / 5.0, $"the header is {header.Height} px high");
        Assert.True(scrolled > 100, $"the heat map scrolled {scrolled} px");
        Assert.InRange(name.X, box.X - 1, box.X + 1);
        Assert.True(onTop, "the municipality's name is visible over the scrolled cells");
        Assert.True(menuLinks >= 4);
        Assert.True(swedish.Violations.Length == 0, Describe(swedish));
        Assert.True(english.Violations.Length == 0, Describe(english));
    }

    [Fact]
    public async Task The_dashboard_has_no_accessibility_violations_in_Swedish_or_English_when_sorted()
    {
        var page = await OpenAsync();
        await page.Locator("#needs-heatmap thead th[data-key=competence] button").ClickAsync();

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-heatmap-caption", new() { HasTextRegex = new("^Share of answers") }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, Describe(swedish));
        Assert.True(english.Violations.Length == 0, Describe(english));
    }

    private async Task<IPage> OpenAsync(string county = Norrbotten)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/needs.html?county={county}", county: county);
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();
        return page;
    }

    private static Task<string[]> RowKeysAsync(IPage page) =>
        page.Locator("#needs-heatmap tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)");

    private static Task<string> CellBackgroundAsync(IPage page, string municipality) =>
        page.Locator($"#needs-heatmap tr[data-key='{municipality}'] td[data-key=competence]")
            .EvaluateAsync<string>("td => getComputedStyle(td).backgroundColor");

    private async Task SubmitAsync(string municipality, int count, string[] challenges)
    {
        using var office = browser.App.CreateClient().As(Principals.Office(municipality));
        for (var i = 0; i < count; i++)
        {
            var body = SurveyAnswers.Valid(municipality, change: d =>
            {
                d["challenges"] = new JsonArray([.. challenges.Select(c => (JsonNode)c)]);
                d["challengeSeverity"] = new JsonObject(challenges.Select(c => KeyValuePair.Create(c, (JsonNode?)"moderate")));
                // The free text is tagged too: without "svetsare" it names no competence need.
                d["needs"] = "Banken vill inte låna ut pengar till oss.";
            });
            (await office.SubmitAsync(body)).EnsureSuccessStatusCode();
        }
    }

    private static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}"));
}
