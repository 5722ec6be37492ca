using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Knowledge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Knowledge.Tests.Web;

/// <summary>An office signs in, fills in the survey in Chromium and reads the confirmation.</summary>
public sealed class SurveyPageTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    private const string Lulea = "2580";

    [Fact]
    public async Task An_office_signs_in_fills_in_the_survey_and_reads_the_confirmation()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var confirmation = await SubmitFilledInSurveyAsync(page);
        var responseId = (await page.Locator("#confirmation-response-id").InnerTextAsync()).Trim();
        var stored = await ReadAsAdminAsync(responseId);
        Assert.Equal(Lulea, stored["municipality"]!.GetValue<string>());
        Assert.Equal("10-49", stored["sizeClass"]!.GetValue<string>());
        Assert.Equal("C", stored["sector"]!.GetValue<string>());
        Assert.Equal(["competence", "financing"], stored["challenges"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("Ägaren går i pension om två år och banken lånar inte ut.", stored["data"]!["needs"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_office_gives_its_own_reference_before_sending_and_only_it_sees_it()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsOfficeAsync(page);

        await page.GetByLabel("Egen referens (syns bara för er)").FillAsync("Luleå Plåt AB");
        await FillInAsync(page);
        await SubmitAsync(page);
        await page.Locator("#confirmation:not([hidden])").WaitForAsync();

        var responseId = (await page.Locator("#confirmation-response-id").InnerTextAsync()).Trim();
        using var office = browser.App.CreateClient().As(Principals.Office(Lulea));
        var own = (await office.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses/{responseId}"))!;
        Assert.Equal("Luleå Plåt AB", own["reference"]!.GetValue<string>());
        Assert.False((await ReadAsAdminAsync(responseId)).ContainsKey("reference"));
        Assert.True(await page.Locator("#reference-field").IsHiddenAsync());
    }

    [Fact]
    public async Task The_survey_page_has_no_accessibility_violations_in_swedish_or_english()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsOfficeAsync(page);

        var swedish = await page.RunAxe();
        await page.SelectOptionAsync("#language-select", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).WaitForAsync();
        var english = await page.RunAxe();

        Assert.True(swedish.Violations.Length == 0, Describe(swedish));
        Assert.True(english.Violations.Length == 0, Describe(english));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task The_sign_in_page_and_start_page_have_no_accessibility_violations()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/login");
        var signIn = await page.RunAxe();
        await page.GotoAsync("/");
        await page.Locator("#sign-in-link").WaitForAsync();
        var start = await page.RunAxe();

        Assert.True(signIn.Violations.Length == 0, Describe(signIn));
        Assert.True(start.Violations.Length == 0, Describe(start));
    }

    [Fact]
    public async Task The_servers_field_errors_are_shown_at_the_question()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsOfficeAsync(page);
        await FillInAsync(page);
        // Tamper with the body on its way out so that only the server can catch the error.
        await page.RouteAsync("**/api/surveys/sme-needs/responses", async route =>
        {
            var body = JsonNode.Parse(route.Request.PostData!)!;
            body["data"]!["sector"] = "Z";
            await route.ContinueAsync(new() { PostData = System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()) });
        });

        await SubmitAsync(page);

        var error = page.Locator("[data-name=sector] .sd-question__erbox");
        await error.WaitForAsync();
        Assert.Contains("'Z'", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#confirmation").IsHiddenAsync());
    }

    [Fact]
    public async Task A_network_failure_is_retried_with_the_same_response_id_and_stored_once()
    {
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync("window.knowledgeConfig = { retryBaseMs: 20 };");
        var page = await context.NewPageAsync();
        await SignInAsOfficeAsync(page);
        await FillInAsync(page);
        var sentIds = new List<string>();
        await page.RouteAsync("**/api/surveys/sme-needs/responses", async route =>
        {
            sentIds.Add(JsonNode.Parse(route.Request.PostData!)!["responseId"]!.GetValue<string>());
            if (sentIds.Count <= 2)
            {
                await route.AbortAsync("internetdisconnected");
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await SubmitAsync(page);
        await page.Locator("#confirmation:not([hidden])").WaitForAsync();

        var responseId = (await page.Locator("#confirmation-response-id").InnerTextAsync()).Trim();
        Assert.Equal(3, sentIds.Count);
        Assert.All(sentIds, id => Assert.Equal(responseId, id));
        Assert.Equal(Lulea, (await ReadAsAdminAsync(responseId))["municipality"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_storage_outage_is_retried_after_the_wait_the_server_asks_for()
    {
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync("window.knowledgeConfig = { retryBaseMs: 20 };");
        var page = await context.NewPageAsync();
        await SignInAsOfficeAsync(page);
        await FillInAsync(page);
        var sent = new List<DateTime>();
        await page.RouteAsync("**/api/surveys/sme-needs/responses", async route =>
        {
            sent.Add(DateTime.UtcNow);
            if (sent.Count == 1)
            {
                await route.FulfillAsync(new()
                {
                    Status = 503,
                    ContentType = "application/problem+json",
                    Headers = new Dictionary<string, string> { ["Retry-After"] = "2" },
                    Body = """{"status":503,"title":"Storage unavailable","detail":"Try again shortly."}""",
                });
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await SubmitAsync(page);
        await page.Locator("#submit-status", new() { HasText = "om 2 s" }).WaitForAsync();
        await page.Locator("#confirmation:not([hidden])").WaitForAsync();

        Assert.Equal(2, sent.Count);
        Assert.InRange((sent[1] - sent[0]).TotalSeconds, 1.9, 10); // the 20 ms backoff alone would retry at once
    }

    [Fact]
    public async Task An_unfinished_answer_is_kept_across_a_reload()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsOfficeAsync(page);
        await ChooseAsync(page, "sizeClass", "50–249 anställda");

        await page.ReloadAsync();
        await page.Locator("[data-name=sizeClass]").WaitForAsync();

        Assert.True(await page.Locator("[data-name=sizeClass]").GetByRole(AriaRole.Radio, new() { Name = "50–249 anställda" }).IsCheckedAsync());
    }

    [Fact]
    public async Task The_survey_shows_its_progress_and_yes_no_questions_as_two_labelled_options_neither_chosen_at_first()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsOfficeAsync(page);
        var progress = page.Locator("#survey-container [role=progressbar]").First;

        var first = (await progress.InnerTextAsync()).Trim();
        await ChooseAsync(page, "sizeClass", "10–49 anställda");
        await SelectDropdownAsync(page, "sector", "C – Tillverkning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        var second = (await progress.InnerTextAsync()).Trim();
        await ChooseAsync(page, "challenges", "Kompetensförsörjning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nästa" }).ClickAsync();
        var consent = page.Locator("[data-name=consentToContact]");
        var yes = consent.GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true });
        var no = consent.GetByRole(AriaRole.Radio, new() { Name = "Nej", Exact = true });
        await yes.WaitForAsync();
        var checkedAtFirst = (await yes.IsCheckedAsync(), await no.IsCheckedAsync());
        var switches = await page.Locator("#survey-container .sd-boolean__switch").CountAsync();
        await ChooseAsync(page, "consentToContact", "Nej");
        var stored = await page.EvaluateAsync<JsonElement>("() => window.knowledgeSurvey.getValue('consentToContact')");

        Assert.Contains("Sida 1 av 3", first, StringComparison.Ordinal);
        Assert.Contains("Sida 2 av 3", second, StringComparison.Ordinal);
        Assert.Equal((false, false), checkedAtFirst);
        Assert.Equal(0, switches);
        Assert.True(await no.IsCheckedAsync());
        Assert.Equal(JsonValueKind.False, stored.ValueKind); // the answer stays a boolean
    }

    [Fact]
    public async Task The_confirmation_is_in_the_chosen_language_only_summarises_the_answer_and_links_to_my_answers()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var confirmation = await SubmitFilledInSurveyAsync(page);

        var swedish = await confirmation.InnerTextAsync();
        var link = confirmation.GetByRole(AriaRole.Link, new() { Name = "Se svaret i Mina svar" });
        var href = await link.GetAttributeAsync("href");
        await page.SelectOptionAsync("#language-select", "en");
        await confirmation.GetByRole(AriaRole.Link, new() { Name = "See the answer in My answers" }).WaitForAsync();
        var english = await confirmation.InnerTextAsync();
        var axe = await page.RunAxe();

        Assert.Contains("Tack! Ditt svar är mottaget.", swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you", swedish, StringComparison.Ordinal);
        Assert.Contains("10–49 anställda", swedish, StringComparison.Ordinal);
        Assert.Contains("C – Tillverkning", swedish, StringComparison.Ordinal);
        Assert.Contains("Kompetensförsörjning, Finansiering", swedish, StringComparison.Ordinal);
        Assert.Equal("/answers.html", href);
        Assert.Contains("Thank you! Your response has been received.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Tack", english, StringComparison.Ordinal);
        Assert.Contains("10–49 employees", english, StringComparison.Ordinal);
        Assert.Contains("Competence supply, Financing", english, StringComparison.Ordinal);
        Assert.True(axe.Violations.Length == 0, Describe(axe));
    }

    private static async Task FillInAsync(IPage page)
    {
        await ChooseAsync(page, "sizeClass", "10–49 anställda");
        await SelectDropdownAsync(page, "sector", "C – Tillverkning");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Nästa|Next)$") }).ClickAsync();
        await ChooseAsync(page, "challenges", "Kompetensförsörjning");
        await ChooseAsync(page, "challenges", "Finansiering");
        await page.Locator("[data-name=needs] textarea").FillAsync("Ägaren går i pension om två år och banken lånar inte ut.");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Nästa|Next)$") }).ClickAsync();
        await ChooseAsync(page, "growthPlans", "Växa");
        await ChooseAsync(page, "knowsProcurementTiming", "Delvis");
        await ChooseAsync(page, "consentToContact", "Ja");
    }

    private static Task SubmitAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Skicka|Submit)$") }).ClickAsync();

    private static async Task SignInAsOfficeAsync(IPage page)
    {
        await BrowserApp.SignInAsync(page, "office", "/survey.html", municipality: Lulea);
        await page.Locator("[data-name=sizeClass]").WaitForAsync();
    }

    private static Task ChooseAsync(IPage page, string question, string label) =>
        page.Locator($"[data-name={question}]").GetByText(label, new() { Exact = true }).ClickAsync();

    private static async Task SelectDropdownAsync(IPage page, string question, string option)
    {
        var dropdown = page.Locator($"[data-name={question}] .sd-dropdown");
        await dropdown.ScrollIntoViewIfNeededAsync();
        await dropdown.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).ClickAsync();
    }

    private async Task<JsonObject> ReadAsAdminAsync(string responseId)
    {
        using var client = browser.App.CreateClient().As(Principals.Admin());
        return (await client.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses/{responseId}"))!;
    }

    private static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}"));

    // An office signs in, fills in the survey and sends it; the confirmation once shown.
    private static async Task<ILocator> SubmitFilledInSurveyAsync(IPage page)
    {
        await SignInAsOfficeAsync(page);
        await FillInAsync(page);
        await SubmitAsync(page);
        var confirmation = page.Locator("#confirmation:not([hidden])");
        await confirmation.WaitForAsync();
        return confirmation;
    }
}
