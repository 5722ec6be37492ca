using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>
/// Every page opened in English, with data behind its lists and charts: no visible text (text, button labels,
/// aria-label, placeholder and title of visible elements) is a Swedish text of web/i18n/sv.json that has its own English
/// one, nor a Swedish county or benchmark region name, an example's Swedish title or summary, "kvartal" or "tidigare";
/// and axe finds nothing, at a desktop width and on a phone. Opened in Swedish on a phone, axe finds nothing either.
/// </summary>
public sealed partial class EnglishPagesTests(EnglishPagesTests.SeededApp seeded) : IClassFixture<EnglishPagesTests.SeededApp>
{
    private const string Norrbotten = "25";
    private const string Lulea = "2580";
    private const string Kiruna = "2584";

    /// <summary>An answer of Luleå's to survey version 2 that names Stegra among the establishments.</summary>
    private const string StegraAnswer = "5b0e6a4e-0c1d-4b8e-9d51-6f1f3c2a7e10";

    public static TheoryData<string, string?, string, string> Pages => new()
    {
        // name, role (an office in Luleå, a region in Norrbotten), path, what shows once the page has its content;
        // "selector => selector": click the first once the page is ready, then wait for the second
        { "index", "region", "/", "#account-info dl" },
        { "survey", "office", "/survey.html", "[data-name=sizeClass]" },
        { "answers", "office", "/answers.html", "#answers-workspace:not([hidden]) tbody tr" },
        { "answer viewed", "office", $"/survey.html?response={StegraAnswer}&mode=view", "[data-name=establishments]" },
        { "needs (region)", "admin", $"/needs.html?county={Norrbotten}", "#needs-heatmap[data-state=ready] tbody tr" },
        { "needs (office)", "office", "/needs.html", "#needs-municipality[data-state=ready] .recommended-reason" },
        { "report", "region", $"/report.html?county={Norrbotten}", "#report[data-state=ready] #report-examples .recommended-reason" },
        { "examples", "region", "/examples.html", "#examples-results[data-state=ready] li.example-hit" },
        { "example", "region", "/examples.html?slug=facebook-lulea", "#example-detail:not([hidden])" },
        { "establishments", "region", $"/establishments.html?county={Norrbotten}", "#establishments-list[data-state=ready] tbody.establishment" },
        { "establishment opened", "staff", $"/establishments.html?county={Norrbotten}", "#establishment-stegra .establishment-toggle => #establishment-stegra-details" },
        { "exports", "staff", "/exports.html", "#exports-workspace:not([hidden])" },
        { "notes", "office", "/notes.html", "#note-workspace:not([hidden])" },
        { "notes-review", "staff", $"/notes-review.html?county={Norrbotten}", "#review-detail:not([hidden])" },
        { "survey-authoring", "staff", "/survey-authoring.html", "#preview .sd-root-modern" },
        { "api", null, "/api.html", "#api-toc:not([hidden])" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_opened_in_English_shows_no_Swedish_text_that_has_an_English_one_and_axe_finds_nothing(string name, string? role, string path, string ready)
    {
        await using var context = await seeded.Browser.NewContextAsync();
        await context.AddInitScriptAsync("localStorage.setItem('knowledge.language', 'en')");
        var page = await context.NewPageAsync();
        await OpenReadyAsync(page, role, path, ready);

        var desktop = (Swedish: SwedishIn(await VisibleTextsAsync(page)), Axe: await page.RunAxe());
        await page.SetViewportSizeAsync(390, 844);
        var phone = (Swedish: SwedishIn(await VisibleTextsAsync(page)), Axe: await page.RunAxe());

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(desktop.Swedish.Count == 0, $"{name} shows Swedish: {string.Join(" | ", desktop.Swedish)}");
        Assert.True(phone.Swedish.Count == 0, $"{name} on a phone shows Swedish: {string.Join(" | ", phone.Swedish)}");
        Assert.True(desktop.Axe.Violations.Length == 0, $"{name}: {Violations(desktop.Axe)}");
        Assert.True(phone.Axe.Violations.Length == 0, $"{name} on a phone: {Violations(phone.Axe)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_opened_in_Swedish_on_a_phone_passes_axe(string name, string? role, string path, string ready)
    {
        await using var context = await seeded.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await OpenReadyAsync(page, role, path, ready);
        var axe = await page.RunAxe();

        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(axe.Violations.Length == 0, $"{name} in Swedish on a phone: {Violations(axe)}");
    }

    [Fact]
    public async Task The_report_in_English_names_the_county_and_the_quarter_in_English()
    {
        var (quarter, label) = CurrentQuarter();
        await using var context = await seeded.Browser.NewContextAsync();
        await context.AddInitScriptAsync("localStorage.setItem('knowledge.language', 'en')");
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "region", $"/report.html?county={Norrbotten}&period={quarter}", county: Norrbotten);
        await page.Locator("#report[data-state=ready]").WaitForAsync();

        var title = await page.Locator("#report-title").InnerTextAsync();
        var issued = await page.Locator("#report-issued-list").InnerTextAsync();
        var countyOptions = await page.Locator("#report-county option").AllInnerTextsAsync();
        var print = await page.Locator("#report-print").InnerTextAsync();

        Assert.Equal($"Situation report for Norrbotten County, {label}", title.Trim());
        Assert.Contains(label, issued, StringComparison.Ordinal);
        Assert.Contains("Norrbotten County", countyOptions);
        Assert.Equal("Print", print.Trim());
    }

    [Fact]
    public async Task The_needs_dashboard_names_the_counties_in_English_once_the_language_is_switched()
    {
        await using var context = await seeded.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin", $"/needs.html?county={Norrbotten}");
        await page.Locator("#needs-heatmap[data-state=ready]").WaitForAsync();
        var swedish = await page.Locator("#needs-county option").AllInnerTextsAsync();

        await page.SelectOptionAsync("#language-select", "en");
        await page.Locator("#needs-county option", new() { HasTextString = "Norrbotten County" }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var english = await page.Locator("#needs-county option").AllInnerTextsAsync();
        // The heat map's caption follows the switch too, naming the county in English.
        await page.Locator("#needs-heatmap-caption", new() { HasTextString = "in Norrbotten County" }).WaitForAsync();

        Assert.Contains("Norrbottens län", swedish);
        Assert.Contains("Norrbotten County", english);
        Assert.Contains("Västerbotten County", english);
        Assert.Contains("Stockholm County", english);
        Assert.DoesNotContain(english, c => c.Contains("län", StringComparison.Ordinal));
    }

    // Opens the page as the role and waits for its content; "a => b" clicks a once it shows, then waits for b.
    private static async Task OpenReadyAsync(IPage page, string? role, string path, string ready)
    {
        await OpenAsync(page, role, path);
        var steps = ready.Split(" => ");
        await page.Locator(steps[0]).First.WaitForAsync(new() { Timeout = 20_000 });
        if (steps.Length == 2)
        {
            await page.Locator(steps[0]).ClickAsync();
            await page.Locator(steps[1]).WaitForAsync();
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static Task OpenAsync(IPage page, string? role, string path) => role switch
    {
        null => page.GotoAsync(path),
        "office" => BrowserApp.SignInAsync(page, role, path, municipality: Lulea),
        "region" => BrowserApp.SignInAsync(page, role, path, county: Norrbotten),
        _ => BrowserApp.SignInAsync(page, role, path),
    };

    /// <summary>
    /// The page's visible strings: each line of the body's text, each visible text node, the options of visible lists,
    /// and the labels, placeholders and titles of visible elements; each marked when it sits in an element marked Swedish.
    /// </summary>
    private static async Task<IReadOnlyList<(string Text, bool MarkedSwedish)>> VisibleTextsAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[][]>("""
            () => {
              const found = [[document.title, ""]];
              const add = (text, element) => found.push([text, element?.closest("[lang]")?.lang === "sv" ? "sv" : ""]);
              const visible = (element) => element.checkVisibility({ visibilityProperty: true });
              for (const line of document.body.innerText.split("\n")) add(line, null);
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const parent = walker.currentNode.parentElement;
                if (parent && visible(parent)) add(walker.currentNode.nodeValue, parent);
              }
              for (const select of document.querySelectorAll("select")) {
                if (visible(select)) for (const option of select.options) add(option.text, option);
              }
              for (const element of document.querySelectorAll("[aria-label], [placeholder], [title], input[type=button], input[type=submit]")) {
                if (!visible(element)) continue;
                for (const attribute of ["aria-label", "placeholder", "title"]) if (element.hasAttribute(attribute)) add(element.getAttribute(attribute), element);
                if (element.type === "button" || element.type === "submit") add(element.value, element);
              }
              return found;
            }
            """);
        return [.. found
            .Select(f => (Text: Spaces().Replace(f[0], " ").Trim(), MarkedSwedish: f[1] == "sv"))
            .Where(f => f.Text.Length > 0)
            .Distinct()];
    }

    /// <summary>The strings that are Swedish where English is shown.</summary>
    private static List<string> SwedishIn(IReadOnlyList<(string Text, bool MarkedSwedish)> texts) =>
        [.. texts.Where(t => Swedish.Matches(t.Text, t.MarkedSwedish)).Select(t => t.Text).Distinct()];

    private static readonly SwedishTexts Swedish = SwedishTexts.Load();

    private static string Violations(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));

    /// <summary>The quarter the app's clock is in (the real one here), as the API and the English page name it.</summary>
    private static (string Name, string Label) CurrentQuarter()
    {
        var now = DateTime.UtcNow;
        var quarter = ((now.Month - 1) / 3) + 1;
        return ($"{now.Year}-Q{quarter}", $"Q{quarter} {now.Year}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// What reads as Swedish on an English page: a text of sv.json whose key has a different English text (with its
    /// {placeholders} standing for any text), a Swedish county or benchmark region name, an example's Swedish title or
    /// summary where it has an English one, and the words "län", "kvartal" and "tidigare".
    /// </summary>
    private sealed partial class SwedishTexts(HashSet<string> exact, IReadOnlyList<Regex> templates, HashSet<string> english, IReadOnlyList<string> names)
    {
        public static SwedishTexts Load()
        {
            var sv = ReadDictionary("sv");
            var en = ReadDictionary("en");
            var translated = sv.Where(p => en.TryGetValue(p.Key, out var english) && english != p.Value).Select(p => p.Value).ToList();
            var exact = translated.Where(v => !v.Contains('{', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

            // A template stands for its texts only when a word of its own is left besides the placeholders.
            var templates = translated
                .Where(v => v.Contains('{', StringComparison.Ordinal) && Words().IsMatch(Placeholder().Replace(v, "")))
                .Select(v => new Regex("^" + string.Join(".+?", Placeholder().Split(v).Select(Regex.Escape)) + "$", RegexOptions.Singleline))
                .ToList();

            var counties = File.ReadAllLines(RepositoryRoot.Combine("functions", "Knowledge.Functions", "Reference", "counties.csv"))
                .Skip(1).Select(line => line.Split(',')[1]);
            var regions = File.ReadAllLines(RepositoryRoot.Combine("functions", "Knowledge.Functions", "Reports", "national-figures.csv"))
                .Skip(1).Select(line => line.Split(',')[4]).Where(area => area.Contains("Sverige", StringComparison.Ordinal) || area.Contains("Norrland", StringComparison.Ordinal));
            var examples = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("functions", "Knowledge.Functions", "Examples", "Seed", "good-examples.json")))!.AsArray()
                .SelectMany(e => new[] { e!["title"]!, e["summary"]! })
                .Where(text => text["en"] is { } english && english.GetValue<string>() != text["sv"]!.GetValue<string>())
                .Select(text => text["sv"]!.GetValue<string>());
            return new SwedishTexts(exact, templates, [.. en.Values], [.. counties, .. regions.Distinct(), .. examples]);
        }

        /// <summary>
        /// Whether the text is Swedish that should be English. Text marked lang="sv" is Swedish on purpose (a note as
        /// written, the API page's headings beside their English), unless it names a place or example that has English.
        /// </summary>
        public bool Matches(string text, bool markedSwedish) =>
            !english.Contains(text)
            && (names.Any(name => text.Contains(name, StringComparison.Ordinal))
                || (!markedSwedish && (exact.Contains(text) || templates.Any(t => t.IsMatch(text)) || SwedishWords().IsMatch(text))));

        private static Dictionary<string, string> ReadDictionary(string language) =>
            JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(RepositoryRoot.Combine("web", "i18n", $"{language}.json")))!;

        [GeneratedRegex(@"\{\w+\}")]
        private static partial Regex Placeholder();

        [GeneratedRegex(@"\p{L}{3,}")]
        private static partial Regex Words();

        [GeneratedRegex(@"\b(län|kvartal|tidigare)\b", RegexOptions.IgnoreCase)]
        private static partial Regex SwedishWords();
    }

    /// <summary>
    /// The browser app with data behind every page: answers in Luleå and Kiruna (one naming Stegra), a note awaiting
    /// review, an issued report.
    /// </summary>
    public sealed class SeededApp : IAsyncLifetime
    {
        public BrowserApp Browser { get; } = new();

        public async Task InitializeAsync()
        {
            await Browser.InitializeAsync();
            foreach (var municipality in new[] { Lulea, Kiruna })
            {
                using var office = Browser.App.CreateClient().As(Principals.Office(municipality));
                for (var i = 0; i < 5; i++)
                {
                    (await office.SubmitAsync(SurveyAnswers.Valid(municipality))).EnsureSuccessStatusCode();
                }
            }

            using (var office = Browser.App.CreateClient().As(Principals.Office(Lulea)))
            {
                var answer = SurveyAnswers.Valid(Lulea, Guid.Parse(StegraAnswer), d => d["establishments"] = new JsonArray("stegra"));
                answer["surveyVersion"] = 2;
                (await office.SubmitAsync(answer)).EnsureSuccessStatusCode();
                var note = new { noteId = Guid.NewGuid(), municipality = Lulea, interviewDate = "2026-10-01", text = "Företaget behöver svetsare och banken lånar inte ut till en ny maskin." };
                (await office.PostAsJsonAsync("/api/notes", note)).EnsureSuccessStatusCode();
            }

            using var admin = Browser.App.CreateClient().As(Principals.Admin());
            (await admin.PostAsJsonAsync("/api/reports/situation/issued", new { county = Norrbotten, period = CurrentQuarter().Name })).EnsureSuccessStatusCode();
        }

        public Task DisposeAsync() => Browser.DisposeAsync();
    }
}
