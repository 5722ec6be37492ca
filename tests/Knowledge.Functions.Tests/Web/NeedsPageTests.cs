using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>A region follows its county's needs in Chromium while offices submit, against the real host.</summary>
public sealed class NeedsPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Norrbotten = "25";
    private const string Kiruna = "2584";
    private const string Gallivare = "2523";

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

        using (var office = browser.App.CreateClient().As(Principals.Office(Kiruna)))
        {
            for (var i = 0; i < 5; i++)
            {
                (await office.SubmitAsync(SurveyAnswers.Valid(Kiruna))).EnsureSuccessStatusCode();
            }
        }

        var competence = kirunaRow.Locator("td[data-key=competence] .cell-share");
        await competence.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("0", respondentsBefore);
        Assert.Equal("5", (await kirunaRow.Locator("td").First.InnerTextAsync()).Trim());
        Assert.Matches(@"^100\s?%$", (await competence.InnerTextAsync()).Trim());
        Assert.Equal("(5)", (await kirunaRow.Locator("td[data-key=competence] .cell-count").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("#needs-top-table tbody tr").Filter(new() { HasTextRegex = new("Kompetens") }).CountAsync());
    }

    [Fact]
    public async Task An_office_is_shown_that_it_may_not_see_county_needs()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "office", "/needs.html", municipality: Kiruna);

        await page.Locator("#auth-gate:not([hidden])").WaitForAsync();
        Assert.Contains("behörighet", await page.Locator("#auth-gate-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#needs-workspace").IsHiddenAsync());
    }

    [Fact]
    public async Task The_needs_page_has_no_accessibility_violations_with_a_municipality_open()
    {
        using (var office = browser.App.CreateClient().As(Principals.Office(Gallivare)))
        {
            for (var i = 0; i < 5; i++)
            {
                (await office.SubmitAsync(SurveyAnswers.Valid(Gallivare))).EnsureSuccessStatusCode();
            }
        }

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", "/needs.html", county: Norrbotten);
        await page.Locator($"#needs-heatmap button[data-municipality='{Gallivare}']").ClickAsync();
        await page.Locator("#needs-trend-table tbody tr").First.WaitForAsync();

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-heatmap-caption", new() { HasTextRegex = new("^Share of answers") }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, string.Join("; ", swedish.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
        Assert.True(english.Violations.Length == 0, string.Join("; ", english.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
    }
}
