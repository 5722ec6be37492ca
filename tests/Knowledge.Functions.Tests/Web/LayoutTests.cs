using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>
/// The one header layout.js renders on every page: the menu holds only the pages the role can open, marks the current
/// one, follows the language switch, and passes axe. In Chromium, against the real host.
/// </summary>
public sealed class LayoutTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(null, "/", "/survey.html")]
    [InlineData("office", "/", "/survey.html", "/notes.html", "/answers.html", "/needs.html", "/examples.html", "/establishments.html")]
    [InlineData("staff", "/", "/notes-review.html", "/survey-authoring.html", "/examples.html", "/establishments.html", "/exports.html")]
    [InlineData("region", "/", "/needs.html", "/examples.html", "/report.html", "/establishments.html")]
    [InlineData("admin", "/", "/notes-review.html", "/survey-authoring.html", "/needs.html", "/examples.html", "/report.html", "/establishments.html", "/exports.html")]
    public async Task The_menu_shows_the_pages_the_role_can_open(string? role, params string[] expected)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.OpenStartPageAsync(page, role);

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
        Assert.Equal(expected, await nav.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Equal("/", await nav.Locator("a[aria-current=page]").GetAttributeAsync("href"));
        Assert.Equal(1, await page.Locator("header.site-header").CountAsync());

        var axe = await page.Locator("header.site-header").RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    [Fact]
    public async Task The_header_follows_the_language_and_marks_the_current_page()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", "/establishments.html", county: "25");
        await page.Locator("#sign-out-link").WaitForAsync();

        Assert.Equal("Etableringar", (await page.Locator(".site-nav a[aria-current=page]").InnerTextAsync()).Trim());
        await page.Locator("a.skip-link").FocusAsync();
        Assert.Equal("Hoppa till huvudinnehållet", (await page.Locator("a.skip-link").InnerTextAsync()).Trim());

        await page.SelectOptionAsync("#language-select", "en");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).WaitForAsync();
        Assert.Equal("Establishments", (await page.Locator(".site-nav a[aria-current=page]").InnerTextAsync()).Trim());
        Assert.Equal("Language / Språk", (await page.Locator("label[for=language-select]").InnerTextAsync()).Trim());
    }
}
