using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>
/// An office lists its answers on "Mina svar", withdraws one and corrects one in the survey page, in Chromium against the
/// real host. Each test uses its own municipality, so each list holds only that test's answers.
/// </summary>
public sealed class AnswersPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Lulea = "2580";
    private const string Boden = "2582";
    private const string Pitea = "2581";
    private const string Kalix = "2514";
    private const string Haparanda = "2583";
    private const string Kiruna = "2584";
    private const string Jokkmokk = "2510";

    [Fact]
    public async Task An_office_sees_its_answer_withdraws_it_and_it_is_gone()
    {
        var responseId = await SubmitAsync(SurveyAnswers.Valid(Lulea));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAnswersAsync(page, Lulea);
        var row = Row(page, responseId);
        await row.WaitForAsync();
        var summary = await row.Locator("td").Nth(4).InnerTextAsync();

        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Dra tillbaka") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, dra tillbaka" }).ClickAsync();
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        Assert.Contains("10–49 anställda", summary, StringComparison.Ordinal);
        Assert.Contains("2 utmaningar", summary, StringComparison.Ordinal);
        Assert.Contains("tillbakadraget", await page.Locator("#page-status").InnerTextAsync(), StringComparison.Ordinal);
        using var office = Client(Lulea);
        Assert.Equal(HttpStatusCode.Gone, (await office.GetAsync($"/api/surveys/sme-needs/responses/{responseId}")).StatusCode);
    }

    [Fact]
    public async Task An_office_reads_an_answer_without_opening_it_for_correction()
    {
        var responseId = await SubmitAsync(SurveyAnswers.Valid(Haparanda));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var written = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/surveys/sme-needs/responses", StringComparison.Ordinal) && request.Method != "GET")
            {
                written.Add($"{request.Method} {request.Url}");
            }
        };
        await OpenAnswersAsync(page, Haparanda);

        await Row(page, responseId).GetByRole(AriaRole.Link, new() { NameRegex = new("^Visa") }).ClickAsync();
        await page.Locator("#view-actions:not([hidden])").WaitForAsync();
        await page.Locator("[data-name=consentToContact]").WaitForAsync();
        var sizeChecked = await page.Locator("[data-name=sizeClass]").GetByRole(AriaRole.Radio, new() { Name = "10–49 anställda" }).IsCheckedAsync();
        await page.Locator("[data-name=sizeClass]").GetByText("50–249 anställda", new() { Exact = true }).ClickAsync(new() { Force = true });
        var sizeAfterClick = await page.EvaluateAsync<string>("() => window.knowledgeSurvey.getValue('sizeClass')");
        var mode = await page.EvaluateAsync<string>("() => window.knowledgeSurvey.mode");
        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to My answers" }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.Contains("mode=view", page.Url, StringComparison.Ordinal);
        Assert.True(sizeChecked);
        Assert.Equal("10-49", sizeAfterClick); // the answer cannot be changed in the view
        Assert.Equal("display", mode);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Skicka|Nästa|Submit|Next)$") }).CountAsync());
        Assert.Contains("cannot be changed here", await page.Locator("#page-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal($"/survey.html?response={responseId}", await page.Locator("#view-correct").GetAttributeAsync("href"));
        Assert.Equal("/answers.html", await page.Locator("#view-back").GetAttributeAsync("href"));
        Assert.Empty(written);
        Assert.True(swedish.Violations.Length == 0, Describe(swedish));
        Assert.True(english.Violations.Length == 0, Describe(english));
        using var office = Client(Haparanda);
        var stored = (await office.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses/{responseId}"))!;
        Assert.Equal(1, stored["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_office_corrects_an_answer_and_it_is_stored_as_revision_two_with_the_new_value()
    {
        var responseId = await SubmitAsync(SurveyAnswers.Valid(Boden));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAnswersAsync(page, Boden);

        await Row(page, responseId).GetByRole(AriaRole.Link, new() { NameRegex = new("^Rätta") }).ClickAsync();
        await page.Locator("[data-name=sizeClass]").WaitForAsync();
        await page.Locator("[data-name=sizeClass]").GetByText("50–249 anställda", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await page.Locator("#confirmation:not([hidden])").WaitForAsync();

        using var office = Client(Boden);
        var stored = (await office.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses/{responseId}"))!;
        Assert.Equal(2, stored["revision"]!.GetValue<int>());
        Assert.Equal("50-249", stored["sizeClass"]!.GetValue<string>());
        Assert.Equal("Rättelsen är sparad.", await page.Locator("#confirmation-title").InnerTextAsync());
    }

    [Fact]
    public async Task An_answer_opens_for_correction_with_its_own_versions_questions()
    {
        var first = await SubmitAsync(SurveyAnswers.Valid(Pitea));
        var version2 = SurveyAnswers.Valid(Pitea, change: d => d["establishments"] = new JsonArray("lkab"));
        version2["surveyVersion"] = 2;
        var second = await SubmitAsync(version2);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "office", "/answers.html", municipality: Pitea);

        var v1 = await OpenCorrectionAsync(page, first);
        var v2 = await OpenCorrectionAsync(page, second);

        Assert.Equal((false, "10-49"), v1.Questions);
        Assert.Contains("version 1", v1.Status, StringComparison.Ordinal);
        Assert.Equal((true, "10-49"), v2.Questions);
        Assert.Contains("version 2", v2.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_after_a_change_made_elsewhere_shows_the_412_message()
    {
        var body = SurveyAnswers.Valid(Kalix);
        var responseId = await SubmitAsync(body);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "office", $"/survey.html?response={responseId}", municipality: Kalix);
        await page.Locator("[data-name=sizeClass]").WaitForAsync();
        using var office = Client(Kalix);
        body["data"]!["sizeClass"] = "0-9";
        (await office.PutAsJsonAsync($"/api/surveys/sme-needs/responses/{responseId}", body)).EnsureSuccessStatusCode();

        await page.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();

        await page.Locator("#problem-alert", new() { HasText = "ändrats någon annanstans" }).WaitForAsync();
        Assert.True(await page.Locator("#confirmation").IsHiddenAsync());
    }

    [Fact]
    public async Task An_office_sets_its_own_reference_in_the_list_sees_it_there_and_clears_it_with_the_page_accessible()
    {
        var responseId = await SubmitAsync(SurveyAnswers.Valid(Kiruna));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAnswersAsync(page, Kiruna);
        var row = Row(page, responseId);

        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Ändra referens") }).ClickAsync();
        var input = page.GetByLabel("Egen referens (syns bara för er)");
        await input.FillAsync("  Kiruna Svets & Smide AB  ");
        var swedish = await page.RunAxe();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara referens" }).ClickAsync();
        await row.Locator("td", new() { HasTextString = "Kiruna Svets & Smide AB" }).WaitForAsync();
        var status = await page.Locator("#page-status").InnerTextAsync();
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        using var office = Client(Kiruna);
        var stored = (await office.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses/{responseId}"))!["reference"]?.GetValue<string>();
        await page.SelectOptionAsync("#language-select", "en");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit reference") }).ClickAsync();
        await page.GetByLabel("Your own reference (only you see it)").FillAsync("");
        var english = await page.RunAxe();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save reference" }).ClickAsync();
        await page.Locator("#page-status", new() { HasTextString = "The reference is removed." }).WaitForAsync();

        Assert.Equal("Referensen är sparad.", status);
        Assert.StartsWith("Ändra referens", focused, StringComparison.Ordinal);
        Assert.Equal("Kiruna Svets & Smide AB", stored);
        Assert.True(swedish.Violations.Length == 0, Describe(swedish));
        Assert.True(english.Violations.Length == 0, Describe(english));
        Assert.Equal("none", await row.Locator("td").Nth(1).InnerTextAsync());
        Assert.False((await office.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses/{responseId}"))!.ContainsKey("reference"));
    }

    [Fact]
    public async Task A_reference_the_server_refuses_is_shown_at_the_field()
    {
        var responseId = await SubmitAsync(SurveyAnswers.Valid(Jokkmokk));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAnswersAsync(page, Jokkmokk);

        await Row(page, responseId).GetByRole(AriaRole.Button, new() { NameRegex = new("^Ändra referens") }).ClickAsync();
        // A control character cannot be typed, but the input takes it from a script; only the server catches it.
        await page.EvaluateAsync("() => { document.getElementById('reference-input').value = 'Bolaget\\u0007AB'; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara referens" }).ClickAsync();
        var error = page.Locator("#reference-input-error:not([hidden])");
        await error.WaitForAsync();

        Assert.Contains("control characters", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.Locator("#reference-input").GetAttributeAsync("aria-invalid"));
        Assert.Equal("reference-input", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Contains("Referensen kunde inte sparas.", await page.Locator("#answers-alert").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answers_page_has_no_accessibility_violations_in_swedish_or_english()
    {
        var responseId = await SubmitAsync(SurveyAnswers.Valid(Lulea));
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenAnswersAsync(page, Lulea);
        await Row(page, responseId).WaitForAsync();
        await Row(page, responseId).GetByRole(AriaRole.Button, new() { NameRegex = new("^Dra tillbaka") }).ClickAsync();

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw" }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, Describe(swedish));
        Assert.True(english.Violations.Length == 0, Describe(english));
        Assert.Equal(
            $"/api/surveys/sme-needs/responses?municipality={Lulea}&format=csv",
            await page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).GetAttributeAsync("href"));
    }

    private static ILocator Row(IPage page, string responseId) => page.Locator($"#answers-rows tr[data-response-id='{responseId}']");

    private static async Task OpenAnswersAsync(IPage page, string municipality)
    {
        await BrowserApp.SignInAsync(page, "office", "/answers.html", municipality: municipality);
        await page.Locator("#answers-workspace:not([hidden])").WaitForAsync();
    }

    /// <summary>Whether the opened survey asks version 2's establishments question, its size answer, and the page status.</summary>
    private static async Task<((bool, string) Questions, string Status)> OpenCorrectionAsync(IPage page, string responseId)
    {
        await page.GotoAsync($"/survey.html?response={responseId}");
        await page.Locator("[data-name=sizeClass]").WaitForAsync();
        var hasEstablishments = await page.EvaluateAsync<bool>("() => window.knowledgeSurvey.getQuestionByName('establishments') !== null");
        var size = await page.EvaluateAsync<string>("() => window.knowledgeSurvey.getValue('sizeClass')");
        return ((hasEstablishments, size), await page.Locator("#page-status").InnerTextAsync());
    }

    private HttpClient Client(string municipality) => browser.App.CreateClient().As(Principals.Office(municipality));

    private async Task<string> SubmitAsync(JsonObject body)
    {
        using var office = Client(body["municipality"]!.GetValue<string>());
        var response = await office.SubmitAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return body["responseId"]!.GetValue<string>();
    }

    private static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}"));
}
