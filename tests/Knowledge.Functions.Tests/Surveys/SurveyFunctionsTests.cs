using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Surveys;

[Collection(StorageCollection.Name)]
public sealed class SurveyFunctionsTests(TestEnvironment env)
{
    private const string Lulea = "2580";
    private const string Pitea = "2581";

    [Fact]
    public async Task Submitting_a_valid_answer_returns_201_with_the_stored_facts()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea);

        var response = await client.SubmitAsync(body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(body["responseId"]!.GetValue<string>(), stored!["responseId"]!.GetValue<string>());
        Assert.Equal("25", stored["county"]!.GetValue<string>());
        Assert.Equal(1, stored["surveyVersion"]!.GetValue<int>());
        Assert.Equal("10-49", stored["sizeClass"]!.GetValue<string>());
        Assert.Equal("C", stored["sector"]!.GetValue<string>());
        Assert.Equal(["competence", "financing"], stored["challenges"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal($"/api/surveys/sme-needs/responses/{body["responseId"]}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Submitting_twice_with_same_id_stores_one_answer()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea);
        var responseId = body["responseId"]!.GetValue<string>();

        var first = await client.SubmitAsync(body);
        var second = await client.SubmitAsync(body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var rows = env.Tables.GetTableClient("MunicipalityRecords")
            .Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Lulea}"))
            .Where(e => e.RowKey == $"response-{responseId}" || e.GetString("Target")?.EndsWith(responseId, StringComparison.Ordinal) == true)
            .ToList();
        Assert.Single(rows, r => r.RowKey.StartsWith("response-", StringComparison.Ordinal));
        Assert.Single(rows, r => r.RowKey.StartsWith("audit-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retry_with_properties_in_another_order_is_the_same_answer()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea);
        var reordered = new JsonObject(body.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

        var first = await client.SubmitAsync(body);
        var retry = await client.SubmitAsync(reordered);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }

    [Fact]
    public async Task Same_id_with_another_body_is_a_conflict()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));
        var id = Guid.NewGuid();
        await client.SubmitAsync(SurveyAnswers.Valid(Lulea, id));

        var response = await client.SubmitAsync(SurveyAnswers.Valid(Lulea, id, d => d["sizeClass"] = "0-9"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request_naming_the_body()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));

        var response = await client.PostAsync("/api/surveys/sme-needs/responses", new StringContent("{\"responseId\": ", Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorsAsync("body");
    }

    [Fact]
    public async Task Unknown_municipality_is_a_bad_request_naming_municipality()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));

        var response = await client.SubmitAsync(SurveyAnswers.Valid("9999"));

        await response.AssertFieldErrorsAsync("municipality");
    }

    [Fact]
    public async Task Missing_required_answer_is_a_bad_request_naming_the_question()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));

        var response = await client.SubmitAsync(SurveyAnswers.Valid(Lulea, change: d => d.Remove("sizeClass")));

        await response.AssertFieldErrorsAsync("data.sizeClass");
    }

    [Fact]
    public async Task Wrong_types_and_a_bad_id_are_each_named()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea, change: d => d["challenges"] = "competence");
        body["responseId"] = "not-a-uuid";
        body["surveyVersion"] = "one";

        var response = await client.SubmitAsync(body);

        await response.AssertFieldErrorsAsync("responseId", "surveyVersion");
    }

    [Fact]
    public async Task An_answer_whose_data_names_another_municipality_is_rejected()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));

        var response = await client.SubmitAsync(SurveyAnswers.Valid(Lulea, change: d => d["municipality"] = Pitea));

        await response.AssertFieldErrorsAsync("data.municipality");
    }

    [Fact]
    public async Task An_office_answering_for_another_municipality_is_forbidden()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));

        var response = await client.SubmitAsync(SurveyAnswers.Valid(Pitea));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_two_megabyte_body_is_too_large()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea, change: d => d["needs"] = new string('x', 2 * 1024 * 1024));

        var response = await client.SubmitAsync(body);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Submitting_without_a_principal_is_unauthorized()
    {
        var client = await env.ClientAsync();

        var response = await client.SubmitAsync(SurveyAnswers.Valid(Lulea));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("eyJ1c2VySWQiOiAxfQ==")] // {"userId": 1}
    [InlineData("W10=")] // []
    public async Task A_malformed_principal_is_unauthorized(string header)
    {
        var client = await env.ClientAsync();
        client.DefaultRequestHeaders.Add("x-ms-client-principal", header);

        var response = await client.SubmitAsync(SurveyAnswers.Valid(Lulea));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_region_cannot_submit_answers()
    {
        var client = await env.ClientAsync(Principals.Region("25"));

        var response = await client.SubmitAsync(SurveyAnswers.Valid(Lulea));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Submitting_to_an_unknown_survey_is_not_found()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));

        var response = await client.PostAsync("/api/surveys/no-such-survey/responses", JsonContent.Create(SurveyAnswers.Valid(Lulea)));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_survey_version_is_a_bad_request_naming_the_version()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea);
        body["surveyVersion"] = 99;

        var response = await client.SubmitAsync(body);

        await response.AssertFieldErrorsAsync("surveyVersion");
    }

    [Fact]
    public async Task The_office_reads_its_answer_back_with_the_version_it_answered()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea);
        await client.SubmitAsync(body);

        var read = await client.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses/{body["responseId"]}");

        Assert.Equal(1, read!["surveyVersion"]!.GetValue<int>());
        Assert.Equal("Vi behöver svetsare och lån till en ny maskin.", read["data"]!["needs"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_office_cannot_read_the_answer_but_admin_can()
    {
        var office = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea);
        await office.SubmitAsync(body);
        var url = $"/api/surveys/sme-needs/responses/{body["responseId"]}";

        var otherOffice = await (await env.ClientAsync(Principals.Office(Pitea))).GetAsync(url);
        var admin = await (await env.ClientAsync(Principals.Admin())).GetAsync(url);

        await otherOffice.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task The_latest_survey_version_is_served_and_an_earlier_one_on_request()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));

        var latest = await client.GetFromJsonAsync<JsonObject>("/api/surveys/sme-needs");
        var first = await client.GetFromJsonAsync<JsonObject>("/api/surveys/sme-needs?version=1");
        var listed = await client.GetFromJsonAsync<JsonArray>("/api/surveys");

        Assert.Equal(2, latest!["version"]!.GetValue<int>());
        Assert.Contains("\"name\":\"municipality\"", latest["definition"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"name\":\"establishments\"", latest["definition"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, first!["version"]!.GetValue<int>());
        Assert.DoesNotContain("\"name\":\"establishments\"", first["definition"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(listed!, s => s!["id"]!.GetValue<string>() == "sme-needs");
    }

    [Fact]
    public async Task A_missing_survey_version_is_not_found()
    {
        var client = await env.ClientAsync(Principals.Office(Lulea));

        var response = await client.GetAsync("/api/surveys/sme-needs?version=42");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
