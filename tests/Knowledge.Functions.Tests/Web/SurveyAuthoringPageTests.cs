using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>Staff add a question in the authoring page and publish it; offices then answer the new version.</summary>
public sealed class SurveyAuthoringPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Lulea = "2580";
    private const string Question = "Hur många lärlingar?";

    [Fact]
    public async Task Staff_add_a_question_see_it_in_the_preview_and_publish_it_and_old_answers_keep_their_version()
    {
        var v1 = await SubmitAsync(version: 1);
        var v2 = await SubmitAsync(version: 2);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "staff", "/survey-authoring.html");
        await page.Locator("#version-status", new() { HasTextString = "Version 2" }).WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Ny utkastversion" }).ClickAsync();
        await page.Locator("#version-status", new() { HasTextString = "Version 3 – utkast" }).WaitForAsync();
        var definition = JsonNode.Parse(await page.Locator("#definition-editor").InputValueAsync())!.AsObject();
        definition["pages"]![0]!["elements"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "text",
            ["name"] = "apprentices",
            ["inputType"] = "number",
            ["title"] = new JsonObject { ["default"] = Question, ["en"] = "How many apprentices?" },
        });
        await page.GetByLabel("Enkätens definition (SurveyJS-JSON)").FillAsync(definition.ToJsonString(new() { WriteIndented = true }));
        await page.Locator("#preview").GetByText(Question).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await page.Locator("#page-status", new() { HasTextString = "Utkastet är sparat." }).WaitForAsync();
        await page.Locator("#changes-list", new() { HasTextString = "Tillagd: apprentices (text)" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicera", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, publicera" }).ClickAsync();
        await page.Locator("#page-status", new() { HasTextString = "Version 3 är publicerad." }).WaitForAsync();

        await using var officeContext = await browser.NewContextAsync();
        var office = await officeContext.NewPageAsync();
        await BrowserApp.SignInAsync(office, "office", "/survey.html", municipality: Lulea);
        await office.Locator("[data-name=apprentices]").GetByText(Question).WaitForAsync();
        Assert.Equal(1, (await ReadAsAdminAsync(v1))["surveyVersion"]!.GetValue<int>());
        Assert.Equal(2, (await ReadAsAdminAsync(v2))["surveyVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_json_syntax_error_is_shown_with_its_line_and_column()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenNewDraftAsync(page);

        await page.Locator("#definition-editor").FillAsync("{\n  \"title\": \"x\",\n  \"pages\": [}\n");

        await page.Locator("#syntax-status", new() { HasTextString = "rad 3, kolumn 13" }).WaitForAsync();
    }

    [Fact]
    public async Task The_preview_shows_a_yes_no_question_as_two_labelled_options_as_the_survey_page_does()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenNewDraftAsync(page);
        var definition = new JsonObject
        {
            ["pages"] = new JsonArray(new JsonObject
            {
                ["name"] = "p1",
                ["elements"] = new JsonArray(new JsonObject
                {
                    ["type"] = "boolean",
                    ["name"] = "hasApprentices",
                    ["title"] = "Har företaget lärlingar?",
                    ["labelTrue"] = "Ja",
                    ["labelFalse"] = "Nej",
                }),
            }),
        };

        await page.GetByLabel("Enkätens definition (SurveyJS-JSON)").FillAsync(definition.ToJsonString());

        var question = page.Locator("#preview [data-name=hasApprentices]");
        var yes = question.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true });
        var no = question.GetByRole(AriaRole.Radio, new() { Name = "Nej", Exact = true });
        await yes.WaitForAsync();
        Assert.False(await yes.IsCheckedAsync());
        Assert.False(await no.IsCheckedAsync());
        Assert.Equal(0, await page.Locator("#preview .sd-boolean__switch").CountAsync());
        Assert.Equal(2, await question.GetByRole(AriaRole.Radio).CountAsync());
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_says_so_and_keeps_their_change()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await OpenNewDraftAsync(page);
        var version = int.Parse(await page.Locator("#version-input").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        using var other = browser.App.CreateClient().As(Principals.Admin("other-admin"));
        var draft = (await other.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/versions/{version}"))!;
        var theirs = await other.PutAsJsonAsync($"/api/surveys/sme-needs/versions/{version}", new JsonObject { ["definition"] = draft["definition"]!.DeepClone() });
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();

        await page.Locator("#problem-alert", new() { HasTextString = "ändrats av någon annan" }).WaitForAsync();
        Assert.Equal("problem-alert", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task The_authoring_page_has_no_accessibility_violations_in_swedish_or_english()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin", "/survey-authoring.html");
        await page.Locator("#preview .sd-root-modern").WaitForAsync();

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, Describe(swedish));
        Assert.True(english.Violations.Length == 0, Describe(english));
    }

    private async Task<string> SubmitAsync(int version)
    {
        using var client = browser.App.CreateClient().As(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea);
        body["surveyVersion"] = version;
        var response = await client.SubmitAsync(body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body["responseId"]!.GetValue<string>();
    }

    private async Task<JsonObject> ReadAsAdminAsync(string responseId)
    {
        using var client = browser.App.CreateClient().As(Principals.Admin());
        return (await client.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses/{responseId}"))!;
    }

    private static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}"));

    // Staff open the authoring page and start the next draft version.
    private static async Task OpenNewDraftAsync(IPage page)
    {
        await BrowserApp.SignInAsync(page, "staff", "/survey-authoring.html");
        await page.Locator("#version-status", new() { HasTextString = "Version" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ny utkastversion" }).ClickAsync();
        await page.Locator("#version-status", new() { HasTextString = "utkast" }).WaitForAsync();
    }
}
