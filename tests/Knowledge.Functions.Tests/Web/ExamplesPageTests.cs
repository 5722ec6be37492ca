using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Examples;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>The catalogue of good examples in Chromium against the real host: search as you type, facets, detail, the staff editor, and the dashboard's recommendations.</summary>
public sealed class ExamplesPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Lulea = "2580";
    private const string Kiruna = "2584";
    private const string Norrbotten = "25";

    /// <summary>Searches start almost at once in tests (the page waits 250 ms after the last keystroke).</summary>
    private const string FastSearch = "window.knowledgeConfig = { searchDelayMs: 20 };";

    [Theory]
    [InlineData("datahall facebok", "facebook-lulea")]
    [InlineData("LKAB leverantor", "lkab-supplier-days")]
    [InlineData("klimatkrav utbildning smaforetag", "gallivare-sustainability-training")]
    public async Task An_office_searching_as_it_types_gets_the_best_example_first_with_highlighted_words_and_facet_counts(string query, string expected)
    {
        var (context, page) = await OpenAsync("office", "/examples.html", municipality: Lulea);
        await using var _ = context;
        await page.Locator("#examples-results[data-state=ready] li.example-hit").First.WaitForAsync();

        await page.Locator("#examples-q").PressSequentiallyAsync(query);
        var results = page.Locator($"#examples-results[data-state=ready][data-q='{query}']");
        await results.WaitForAsync();
        var first = results.Locator("li.example-hit").First;
        var firstSlug = await first.GetAttributeAsync("data-slug");
        var marks = await first.Locator(".example-snippet mark").AllInnerTextsAsync();
        var challengeCounts = await page.Locator("#facet-challenge .facet-count").AllInnerTextsAsync();
        var countyCounts = await page.Locator("#facet-county .facet-count").AllInnerTextsAsync();
        var announced = await page.Locator("#examples-count").InnerTextAsync();
        var newButtonHidden = await page.Locator("#examples-staff-actions").IsHiddenAsync();

        Assert.Equal(expected, firstSlug);
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.False(string.IsNullOrWhiteSpace(mark)));
        Assert.NotEmpty(challengeCounts);
        Assert.All(challengeCounts.Concat(countyCounts), count => Assert.Matches(@"^\(\d+\)$", count));
        Assert.Contains(query, announced, StringComparison.Ordinal);
        Assert.True(newButtonHidden);

        // The query is in the address: a reload shows the same search.
        Assert.Contains("q=", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await page.Locator($"#examples-results[data-state=ready][data-q='{query}']").WaitForAsync();
        Assert.Equal(query, await page.Locator("#examples-q").InputValueAsync());
        Assert.Equal(expected, await page.Locator("#examples-results li.example-hit").First.GetAttributeAsync("data-slug"));
    }

    [Fact]
    public async Task A_facet_filter_narrows_the_results_and_keeps_the_other_choices_of_its_group()
    {
        var (context, page) = await OpenAsync("office", "/examples.html", municipality: Lulea);
        await using var _ = context;
        await page.Locator("#examples-results[data-state=ready] li.example-hit").First.WaitForAsync();
        var totalBefore = await page.EvaluateAsync<int>("() => window.knowledgeExamples.state.total");
        var offered = (await page.Locator("label[for='facet-kind-support_initiative'] .facet-count").InnerTextAsync()).Trim();

        await page.Locator("#facet-kind-support_initiative").CheckAsync();
        await page.WaitForFunctionAsync(
            "() => window.knowledgeExamples.state.kind === 'support_initiative' && document.querySelector('#examples-results').dataset.state === 'ready'");
        var totalAfter = await page.EvaluateAsync<int>("() => window.knowledgeExamples.state.total");
        var slugs = await page.Locator("#examples-results li.example-hit").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.slug)");

        Assert.Equal("(3)", offered);
        Assert.Equal(3, totalAfter);
        Assert.True(totalAfter < totalBefore, $"{totalAfter} < {totalBefore}");
        Assert.Equal(["boden-business-park", "minddig", "teknikcollege"], slugs.Order(StringComparer.Ordinal));
        Assert.Contains("kind=support_initiative", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#facet-kind-anchor_establishment").IsVisibleAsync());
        Assert.True(await page.Locator("#facet-kind-support_initiative").IsCheckedAsync());
    }

    [Fact]
    public async Task An_office_reads_an_example_with_its_markdown_lessons_and_sources_in_either_language_without_edit_controls()
    {
        var (context, page) = await OpenAsync("office", "/examples.html?slug=facebook-lulea", municipality: Lulea);
        await using var _ = context;
        await page.Locator("#example-detail:not([hidden])").WaitForAsync();

        var title = await page.Locator("#example-title").InnerTextAsync();
        var listItems = await page.Locator("#example-body ul > li").CountAsync();
        var italic = await page.Locator("#example-body em").AllInnerTextsAsync();
        var lessons = await page.Locator("#example-lessons li").CountAsync();
        var editHidden = await page.Locator("#example-edit-actions").IsHiddenAsync();
        var challengeLinks = await page.Locator("#example-facts a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Equal("Facebooks datacenter i Luleå", title.Trim());
        Assert.Equal(3, listItems);
        Assert.Contains("Effekter av Facebooks etablering i Luleå", italic);
        Assert.Equal(4, lessons);
        Assert.True(editHidden);
        Assert.Contains("/examples.html?challenge=competence", challengeLinks);
        Assert.DoesNotContain("*", await page.Locator("#example-body").InnerTextAsync(), StringComparison.Ordinal);

        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#example-body-title", new() { HasText = "What happened" }).WaitForAsync();
        Assert.Equal("Facebook's data centre in Luleå", (await page.Locator("#example-title").InnerTextAsync()).Trim());
        Assert.Equal(3, await page.Locator("#example-body ul > li").CountAsync());

        await page.GotoAsync("/examples.html?slug=gallivare-sustainability-training");
        var sourceLink = page.Locator("#example-sources a").First;
        await sourceLink.WaitForAsync();
        Assert.Equal("https://www.kunskapscentrumforhallbarhet.se/utbildningar", await sourceLink.GetAttributeAsync("href"));
        Assert.Contains("noopener", await sourceLink.GetAttributeAsync("rel") ?? "", StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#example-sources li").CountAsync());
    }

    [Fact]
    public async Task Staff_create_an_example_in_the_editor_see_a_bad_source_address_at_its_field_and_find_the_example_by_search_at_once()
    {
        var slug = $"kvarnback-{Guid.NewGuid():N}"[..22];
        var (context, page) = await OpenAsync("staff", "/examples.html");
        await using var _ = context;
        await page.Locator("#examples-new").ClickAsync();
        await page.Locator("#example-editor:not([hidden])").WaitForAsync();

        await page.Locator("#example-slug").FillAsync(slug);
        await page.Locator("#example-title-sv").FillAsync("Kvarnbäcksmodellen för gemensam rekrytering i Kalix");
        await page.Locator("#example-title-en").FillAsync("The Kvarnbäck model for joint recruitment in Kalix");
        await page.Locator("#example-summary-sv").FillAsync("Småföretag i Kalix delade en monter för att hitta svetsare.");
        await page.Locator("#example-body-sv").FillAsync("Företagen **delade** kostnaden.\n\n- Fler sökande\n- Lägre kostnad");
        await page.Locator("#example-place-name-sv").FillAsync("Kalix");
        await page.Locator("#example-municipalities").FillAsync("Kalix");
        await page.Locator("#example-kind").SelectOptionAsync("collaboration");
        await page.Locator("#example-years").FillAsync("2026");
        await page.Locator("#example-actors").FillAsync("Kalix kommun\nKalix Näringsliv");
        await page.Locator("#example-challenge-competence").CheckAsync();
        await page.Locator("#example-lessons-sv").FillAsync("Dela kostnaden.\nBörja tidigt.");
        await page.Locator("#example-source-1-title").FillAsync("Kalix kommun");
        await page.Locator("#example-source-1-url").FillAsync("inte en adress");
        await page.Locator("#example-status-published").CheckAsync();
        await page.Locator("#example-save").ClickAsync();

        var urlError = page.Locator("#example-source-1-url-error:not([hidden])");
        await urlError.WaitForAsync();
        Assert.Equal("true", await page.Locator("#example-source-1-url").GetAttributeAsync("aria-invalid"));
        Assert.Contains("example-source-1-url-error", await page.Locator("#example-source-1-url").GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Contains("http", await urlError.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#example-source-1-url").EvaluateAsync<bool>("input => input === document.activeElement"));

        await page.Locator("#example-source-1-url").FillAsync("https://www.kalix.se/");
        await page.Locator("#example-save").ClickAsync();
        await page.Locator("#example-confirmation:not([hidden])").WaitForAsync();
        Assert.Contains("sparat", await page.Locator("#example-confirmation-title").InnerTextAsync(), StringComparison.Ordinal);

        using (var admin = browser.App.CreateClient().As(Principals.Admin()))
        {
            var stored = (await admin.GetFromJsonAsync<JsonObject>($"/api/examples/{slug}"))!;
            Assert.Equal("https://www.kalix.se/", stored["sources"]![0]!["url"]!.GetValue<string>());
            Assert.Equal("2514", stored["place"]!["municipalities"]![0]!.GetValue<string>());
            Assert.Equal(["Dela kostnaden.", "Börja tidigt."], stored["lessons"]!["sv"]!.AsArray().Select(l => l!.GetValue<string>()));
        }

        await page.Locator("#example-confirmation-search").ClickAsync();
        await page.Locator("#examples-results[data-state=ready]").WaitForAsync();
        await page.Locator("#examples-q").FillAsync("kvarnbacksmodellen");
        var results = page.Locator("#examples-results[data-state=ready][data-q='kvarnbacksmodellen']");
        await results.WaitForAsync();
        Assert.Equal(slug, await results.Locator("li.example-hit").First.GetAttributeAsync("data-slug"));
    }

    [Fact]
    public async Task Staff_who_save_over_someone_elses_change_are_told_and_can_reload_it()
    {
        var slug = ExampleBodies.NewSlug();
        using var staff = browser.App.CreateClient().As(Principals.Staff());
        (await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug))).EnsureSuccessStatusCode();

        var (context, page) = await OpenAsync("staff", $"/examples.html?edit={slug}");
        await using var _ = context;
        await page.Locator("#example-editor:not([hidden])").WaitForAsync();
        await page.Locator("#example-title-sv").FillAsync("Min ändring");

        var current = await staff.GetAsync($"/api/examples/{slug}");
        using (var put = new HttpRequestMessage(HttpMethod.Put, $"/api/examples/{slug}") { Content = JsonContent.Create(ExampleBodies.Valid(slug, b => b["kind"] = "training")) })
        {
            put.Headers.IfMatch.Add(current.Headers.ETag!);
            (await staff.SendAsync(put)).EnsureSuccessStatusCode();
        }

        await page.Locator("#example-save").ClickAsync();
        await page.Locator("#example-reload").WaitForAsync();
        Assert.Contains("Någon annan", await page.Locator("#examples-alert").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#example-reload").ClickAsync();
        await page.Locator("#example-status", new() { HasTextRegex = new("laddats om") }).WaitForAsync();
        Assert.Equal("training", await page.Locator("#example-kind").InputValueAsync());
        Assert.Equal("Gemensam rekryteringsmässa i Kalix", await page.Locator("#example-title-sv").InputValueAsync());
    }

    [Fact]
    public async Task The_needs_dashboards_municipality_view_recommends_examples_for_its_top_challenges_with_reasons()
    {
        // Five answers: the smallest breakdown whose figures are published.
        using (var office = browser.App.CreateClient().As(Principals.Office(Lulea)))
        {
            for (var i = 0; i < 5; i++)
            {
                (await office.SubmitAsync(SurveyAnswers.Valid(Lulea))).EnsureSuccessStatusCode();
            }
        }

        var (context, page) = await OpenAsync("region", $"/needs.html?county={Norrbotten}&municipality={Lulea}", county: Norrbotten);
        await using var _ = context;
        await page.Locator("#needs-examples[data-state=ready]").WaitForAsync(new() { Timeout = 15_000 });
        var items = page.Locator("#needs-examples-list li.recommended-example");
        var count = await items.CountAsync();
        var href = await items.First.Locator("a").GetAttributeAsync("href");
        var reason = await items.First.Locator(".recommended-reason").InnerTextAsync();

        Assert.InRange(count, 1, 5);
        Assert.StartsWith("/examples.html?slug=", href, StringComparison.Ordinal);
        Assert.StartsWith("Tar upp", reason, StringComparison.Ordinal);
        Assert.Contains("Luleå", reason, StringComparison.Ordinal);

        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-examples-title", new() { HasText = "Good examples" }).WaitForAsync();
        Assert.StartsWith("Addresses", await items.First.Locator(".recommended-reason").InnerTextAsync(), StringComparison.Ordinal);

        await items.First.Locator("a").ClickAsync();
        await page.Locator("#example-detail:not([hidden])").WaitForAsync();
        Assert.EndsWith(href!, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_municipality_with_too_few_answers_gets_no_recommendations_and_is_told_why()
    {
        var (context, page) = await OpenAsync("region", $"/needs.html?county={Norrbotten}&municipality={Kiruna}", county: Norrbotten);
        await using var _ = context;
        await page.Locator("#needs-examples[data-state=ready]").WaitForAsync(new() { Timeout = 15_000 });

        Assert.Equal(0, await page.Locator("#needs-examples-list li").CountAsync());
        Assert.Contains("för få svar", await page.Locator("#needs-examples-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("office", "/examples.html?q=kompetens", "#examples-results[data-state=ready] li.example-hit")]
    [InlineData("office", "/examples.html?slug=facebook-lulea", "#example-detail:not([hidden])")]
    [InlineData("staff", "/examples.html?edit=facebook-lulea", "#example-editor:not([hidden])")]
    [InlineData("staff", "/examples.html?new=1", "#example-editor:not([hidden])")]
    public async Task The_catalogue_views_have_no_accessibility_violations_in_swedish_and_english(string role, string path, string ready)
    {
        var (context, page) = await OpenAsync(role, path, municipality: role == "office" ? Lulea : null);
        await using var _ = context;
        await page.Locator(ready).First.WaitForAsync();
        if (path.Contains("new=1", StringComparison.Ordinal))
        {
            // With the field errors of an empty form on show.
            await page.Locator("#example-save").ClickAsync();
            await page.Locator("#example-slug-error:not([hidden])").WaitForAsync();
        }

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("html[lang=en]").WaitForAsync();
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            await page.WaitForFunctionAsync("() => document.querySelector('#examples-results').dataset.state === 'ready'");
        }

        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, string.Join("; ", swedish.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
        Assert.True(english.Violations.Length == 0, string.Join("; ", english.Violations.Select(v => $"{v.Id}: {v.Nodes.FirstOrDefault()?.Html}")));
    }

    /// <summary>A fresh context (fast searches) with a page signed in on the landing page.</summary>
    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string role, string landing, string? municipality = null, string? county = null)
    {
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(FastSearch);
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, role, landing, municipality, county);
        return (context, page);
    }
}
