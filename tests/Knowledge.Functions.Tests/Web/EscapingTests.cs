using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Establishments;
using Knowledge.Tests.Examples;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>
/// Markup stored as valid text (a note, an example, an establishment) is shown literally by every page that shows it:
/// no script runs, no dialog opens and no element of the markup exists. In Chromium, against the real host.
/// </summary>
public sealed class EscapingTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Lulea = "2580";
    private const string Norrbotten = "25";

    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
    ];

    [Fact]
    public async Task A_note_with_markup_reads_as_text_on_the_review_page()
    {
        var noteId = Guid.NewGuid();
        using (var office = browser.App.CreateClient().As(Principals.Office(Lulea)))
        {
            var created = await office.PostAsJsonAsync("/api/notes", new
            {
                noteId,
                municipality = Lulea,
                interviewDate = "2026-11-02",
                company = new { name = Payloads[1] },
                text = $"Banken lånar inte ut. {string.Join(" Vi behöver svetsare. ", Payloads)}",
            });
            await AssertCreatedAsync(created);
        }

        await ShowsLiterallyAsync("staff", $"/notes-review.html?municipality={Lulea}&note={noteId}", "#review-detail:not([hidden])", "#review-detail");
    }

    [Fact]
    public async Task An_example_with_markup_reads_as_text_in_its_detail_in_the_search_results_and_among_the_dashboards_recommendations()
    {
        var slug = ExampleBodies.NewSlug();
        using (var staff = browser.App.CreateClient().As(Principals.Staff()))
        {
            var created = await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug, b =>
            {
                b["title"] = new JsonObject { ["sv"] = $"Svetsare {Payloads[0]}" };
                b["summary"] = new JsonObject { ["sv"] = $"Svetsare {Payloads[1]}" };
                b["body"] = new JsonObject { ["sv"] = $"Svetsare {Payloads[2]}\n\n{Payloads[0]}" };
                b["lessons"] = new JsonObject { ["sv"] = new JsonArray(Payloads[1]), ["en"] = new JsonArray(Payloads[1]) };
                b["actors"] = new JsonArray(Payloads[2]);
                b["challenges"] = new JsonArray("competence", "financing");
            }));
            await AssertCreatedAsync(created);
        }

        // Five answers naming both challenges make the example Luleå's first recommendation on the dashboard.
        using (var office = browser.App.CreateClient().As(Principals.Office(Lulea)))
        {
            for (var i = 0; i < 5; i++)
            {
                (await office.SubmitAsync(SurveyAnswers.Valid(Lulea))).EnsureSuccessStatusCode();
            }
        }

        await ShowsLiterallyAsync("office", $"/examples.html?slug={slug}", "#example-detail:not([hidden])", "#example-detail", Lulea);
        await ShowsLiterallyAsync("region", $"/needs.html?county={Norrbotten}&municipality={Lulea}", $"#needs-examples[data-state=ready] a[href='/examples.html?slug={slug}']", "#needs-examples-list", county: Norrbotten, payloads: [Payloads[0]]);
        await ShowsLiterallyAsync("office", "/examples.html?q=svetsare%20alert", $"#examples-results[data-state=ready] li[data-slug='{slug}']", $"li[data-slug='{slug}'] .example-hit-title", Lulea, payloads: [Payloads[0]]);
    }

    [Fact]
    public async Task An_examples_markdown_body_makes_only_http_links_and_shows_its_raw_html_as_text()
    {
        var slug = ExampleBodies.NewSlug();
        const string RawLink = "<a href=\"javascript:alert(1)\">klicka</a>";
        using (var staff = browser.App.CreateClient().As(Principals.Staff()))
        {
            var created = await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug, b =>
            {
                b["body"] = new JsonObject
                {
                    ["sv"] = string.Join("\n\n",
                        "## Vad hände",
                        "Svetsare **behövs**: [källan](https://www.example.se/svetsare) och <https://www.example.se/auto>.",
                        "[skript](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) [relativ](/examples.html) [vb](VBSCRIPT:alert(1))",
                        RawLink,
                        Payloads[1]),
                };
            }));
            await AssertCreatedAsync(created);
        }

        await ShowsLiterallyAsync("office", $"/examples.html?slug={slug}", "#example-detail:not([hidden])", "#example-body", Lulea, payloads: [RawLink, Payloads[1]]);

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "office", $"/examples.html?slug={slug}", Lulea);
        await page.Locator("#example-detail:not([hidden])").WaitForAsync();
        var body = page.Locator("#example-body");
        var links = await body.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => `${a.getAttribute('href')} ${a.getAttribute('rel')}`)");

        Assert.Equal(["https://www.example.se/svetsare noopener noreferrer", "https://www.example.se/auto noopener noreferrer"], links);
        Assert.Equal("behövs", (await body.Locator("strong").InnerTextAsync()).Trim());
        Assert.Equal(1, await body.Locator("h4").CountAsync());
        Assert.Equal(0, await body.Locator("script, img, iframe, object, embed, [style]").CountAsync());
    }

    [Fact]
    public async Task An_establishment_with_markup_reads_as_text_on_the_establishments_page_and_in_the_situation_report()
    {
        var slug = EstablishmentBodies.NewSlug();
        using (var staff = browser.App.CreateClient().As(Principals.Staff()))
        {
            var created = await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug, b =>
            {
                b["name"] = $"Verk {Payloads[0]}";
                b["company"] = Payloads[1];
                b["municipalities"] = new JsonArray(Lulea);
                b["phases"]![1]!["note"] = new JsonObject { ["sv"] = Payloads[2] };
            }));
            await AssertCreatedAsync(created);
        }

        // The row and its details (a phase's note is there) are one row group.
        await ShowsLiterallyAsync("office", $"/establishments.html?county={Norrbotten}", $"#establishments-list[data-state=ready] #establishment-{slug}", $"tbody.establishment[data-slug='{slug}']", Lulea);
        await ShowsLiterallyAsync("region", $"/report.html?county={Norrbotten}", $"#report[data-state=ready] #report-establishments [data-slug='{slug}']", $"#report-establishments [data-slug='{slug}']", county: Norrbotten, payloads: [Payloads[0]]);
    }

    private static async Task AssertCreatedAsync(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

    /// <summary>Opens the page, waits for <paramref name="ready"/>, and checks that <paramref name="container"/> shows the payloads as text.</summary>
    private async Task ShowsLiterallyAsync(string role, string landing, string ready, string container, string? municipality = null, string? county = null, string[]? payloads = null)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await BrowserApp.SignInAsync(page, role, landing, municipality, county);
        await page.Locator(ready).WaitForAsync();

        var text = await page.Locator(container).First.TextContentAsync() ?? "";
        // Any element of the markup would carry an event-handler attribute; scripts it injected would hold alert(1).
        var handlers = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => `${e.tagName}[${a.name}]`))");
        var scripts = await page.Locator("script").EvaluateAllAsync<int>("scripts => scripts.filter(s => s.textContent.includes('alert(1)')).length");

        Assert.All(payloads ?? Payloads, payload => Assert.Contains(payload, text, StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
        Assert.Equal(0, await page.Locator("svg[onload]").CountAsync());
        Assert.Empty(handlers);
        Assert.Equal(0, scripts);
        Assert.Empty(dialogs);
    }
}
