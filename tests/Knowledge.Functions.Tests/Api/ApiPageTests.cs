using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Api;

/// <summary>web/api.html in Chromium: the description rendered per tag, readable without signing in, and accessible.</summary>
public sealed class ApiPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_api_page_lists_every_operation_grouped_by_tag_with_its_roles_and_has_no_accessibility_violations()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var operations = OpenApiDocument.Load().Operations().Count();

        await page.GotoAsync("/api.html");
        await page.Locator("#api-toc:not([hidden])").WaitForAsync();
        var rendered = await page.Locator("#api-operations section.card").CountAsync();
        var submit = page.Locator("#op-surveys-submit");
        var submitRoles = await submit.Locator("dd").First.InnerTextAsync();
        var submitTitle = await submit.Locator("h3").InnerTextAsync();
        var tags = await page.Locator("#api-operations > section > h2").AllInnerTextsAsync();
        var axe = await page.RunAxe();

        Assert.Equal(operations, rendered);
        Assert.Equal("POST /api/surveys/{id}/responses", submitTitle);
        Assert.Equal("office", submitRoles);
        Assert.Contains("Surveys", tags);
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
    }
}
