using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Web;

/// <summary>
/// The start page offers each role only the pages it can open (before, an office was offered the dashboard, the report
/// and the review, each ending at "Ditt konto saknar behörighet"), in Chromium against the real host.
/// </summary>
public sealed class StartPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(null, "/survey.html")]
    [InlineData("office", "/survey.html", "/answers.html", "/notes.html", "/needs.html", "/examples.html", "/establishments.html")]
    [InlineData("region", "/needs.html", "/examples.html", "/report.html", "/establishments.html")]
    [InlineData("staff", "/notes-review.html", "/examples.html", "/establishments.html")]
    [InlineData("admin", "/notes-review.html", "/needs.html", "/examples.html", "/report.html", "/establishments.html")]
    public async Task The_start_page_links_only_to_the_pages_the_role_can_open(string? role, params string[] expected)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.OpenStartPageAsync(page, role);
        if (role is not null)
        {
            await page.Locator("#account-info dl").WaitForAsync();
        }

        var shown = await page.Locator("main .card[data-links] a:visible").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var axe = await page.RunAxe();

        Assert.Equal(expected, shown);
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
