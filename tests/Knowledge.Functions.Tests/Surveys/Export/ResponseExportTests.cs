using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Surveys;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Surveys.Export;

/// <summary>
/// Each test publishes its own two-version survey, so its export holds only its own answers: version 1 asks
/// <c>earlier</c>, version 2 drops it and asks <c>challenges</c> (several choices) and <c>turnover</c> (a number).
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class ResponseExportTests(TestEnvironment env)
{
    private const string Pajala = "2521";
    private const string Kiruna = "2584";

    [Fact]
    public async Task Exporting_as_csv_gives_a_bom_semicolons_crlf_and_swedish_question_titles()
    {
        var survey = await PublishSurveyAsync();
        var office = await env.ClientAsync(Principals.Office(Pajala));
        await SubmitAsync(office, survey, 2, Version2Data());

        var response = await office.GetAsync($"/api/surveys/{survey}/responses?municipality={Pajala}&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"svar-{survey}-{Pajala}.csv", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(
            "svars-id;inskickat;revision;enkätversion;Kommun;Antal anställda;\"Behov; tidigare\";Anteckning;Utmaningar;Omsättning (mnkr)\r\n",
            text,
            StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Each_answer_fills_its_own_versions_questions_and_leaves_the_others_empty()
    {
        var survey = await PublishSurveyAsync();
        var office = await env.ClientAsync(Principals.Office(Pajala));
        var first = await SubmitAsync(office, survey, 1, new JsonObject { ["municipality"] = Pajala, ["sizeClass"] = "0-9", ["earlier"] = "Lokaler", ["note"] = "ett" });
        var second = await SubmitAsync(office, survey, 2, Version2Data());

        var rows = await CsvRowsAsync(office, survey, Pajala);

        Assert.Equal(["Kommun", "Antal anställda", "Behov; tidigare", "Anteckning", "Utmaningar", "Omsättning (mnkr)"], rows["header"][4..]);
        Assert.Equal([Pajala, "0–9 anställda", "Lokaler", "ett", "", ""], rows[first][4..]);
        Assert.Equal([Pajala, "10–49 anställda", "", "två", "Kompetensförsörjning, Finansiering", "2,5"], rows[second][4..]);
        Assert.Equal(["1", "1"], rows[first][2..4]);
        Assert.Equal(["1", "2"], rows[second][2..4]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", rows[second][1]);
    }

    [Fact]
    public async Task A_withdrawn_answer_is_left_out_and_a_corrected_answer_appears_once_with_its_latest_revision()
    {
        var survey = await PublishSurveyAsync();
        var office = await env.ClientAsync(Principals.Office(Pajala));
        var withdrawn = await SubmitAsync(office, survey, 2, Version2Data());
        var corrected = await SubmitAsync(office, survey, 2, Version2Data());
        await office.DeleteAsync($"/api/surveys/{survey}/responses/{withdrawn}");
        var correction = Body(corrected, 2, Version2Data(note: "rättad"));
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"/api/surveys/{survey}/responses/{corrected}", correction)).StatusCode);

        var json = (await office.GetFromJsonAsync<JsonObject>($"/api/surveys/{survey}/responses?municipality={Pajala}"))!;
        var csv = await CsvRowsAsync(office, survey, Pajala);

        var item = Assert.Single(json["items"]!.AsArray())!;
        Assert.Equal(corrected, item["responseId"]!.GetValue<string>());
        Assert.Equal(2, item["revision"]!.GetValue<int>());
        Assert.Equal(2, item["surveyVersion"]!.GetValue<int>());
        Assert.Equal("rättad", item["data"]!["note"]!.GetValue<string>());
        Assert.NotNull(item["submittedAt"]);
        Assert.Equal(2, csv.Count);
        Assert.Equal("2", csv[corrected][2]);
        Assert.Equal("rättad", csv[corrected][7]);
        Assert.False(csv.ContainsKey(withdrawn));
    }

    [Fact]
    public async Task A_cell_that_excel_would_run_as_a_formula_is_prefixed_with_an_apostrophe()
    {
        var survey = await PublishSurveyAsync();
        var office = await env.ClientAsync(Principals.Office(Pajala));
        var id = await SubmitAsync(office, survey, 2, Version2Data(note: "=HYPERLINK(\"http://x\";\"klicka\")"));

        var response = await office.GetAsync($"/api/surveys/{survey}/responses?municipality={Pajala}&format=csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains($"{id};", text, StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\";", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_office_gets_403_and_an_admin_may_export_any_municipality()
    {
        var survey = await PublishSurveyAsync();
        var owner = await env.ClientAsync(Principals.Office(Pajala));
        await SubmitAsync(owner, survey, 2, Version2Data());
        var other = await env.ClientAsync(Principals.Office(Kiruna, "kiruna-office"));
        var admin = await env.ClientAsync(Principals.Admin());

        var denied = await other.GetAsync($"/api/surveys/{survey}/responses?municipality={Pajala}&format=csv");
        var allowed = await admin.GetFromJsonAsync<JsonObject>($"/api/surveys/{survey}/responses?municipality={Pajala}&format=json");

        await denied.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Single(allowed!["items"]!.AsArray());
    }

    [Theory]
    [InlineData("?municipality=2521&format=xlsx", "format")]
    [InlineData("?format=csv", "municipality")]
    [InlineData("?municipality=9999", "municipality")]
    public async Task Bad_query_values_are_a_problem_naming_the_field(string query, string field)
    {
        var office = await env.ClientAsync(Principals.Office(Pajala));

        var response = await office.GetAsync($"/api/surveys/sme-needs/responses{query}");

        await response.AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task An_unknown_survey_is_not_found()
    {
        var office = await env.ClientAsync(Principals.Office(Pajala));

        var response = await office.GetAsync($"/api/surveys/no-such-survey/responses?municipality={Pajala}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Two_thousand_answers_export_with_one_row_each()
    {
        const int count = 2_100;
        var survey = await PublishSurveyAsync();
        var table = env.Tables.GetTableClient("MunicipalityRecords");
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        foreach (var batch in ids.Chunk(100))
        {
            await table.SubmitTransactionAsync(batch.Select(id => new TableTransactionAction(TableTransactionActionType.Add, SurveyResponseEntity.Of(Stored(survey, id)))));
        }

        var office = await env.ClientAsync(Principals.Office(Pajala));
        var csv = await CsvRowsAsync(office, survey, Pajala);
        var json = (await office.GetFromJsonAsync<JsonObject>($"/api/surveys/{survey}/responses?municipality={Pajala}"))!;

        Assert.Equal(count + 1, csv.Count);
        Assert.All(ids, id => Assert.Equal("2,5", csv[id.ToString("D")][9]));
        Assert.Equal(count, json["items"]!.AsArray().Count);
    }

    private static SurveyResponse Stored(string survey, Guid id) =>
        new(id, survey, 2, Pajala, "25", DateTimeOffset.UtcNow, "export-test", "10-49", "C", ["competence"], Version2Data(), new Dictionary<string, Knowledge.Tagging.TaggingResult>(), "hash", 0);

    private static JsonObject Version2Data(string note = "två") => new()
    {
        ["municipality"] = Pajala,
        ["sizeClass"] = "10-49",
        ["challenges"] = new JsonArray("competence", "financing"),
        ["turnover"] = 2.5,
        ["note"] = note,
    };

    private static JsonObject Body(string responseId, int version, JsonObject data) => new()
    {
        ["responseId"] = responseId,
        ["surveyVersion"] = version,
        ["municipality"] = Pajala,
        ["data"] = data,
    };

    private static async Task<string> SubmitAsync(HttpClient office, string survey, int version, JsonObject data)
    {
        var id = Guid.NewGuid().ToString();
        var response = await office.PostAsJsonAsync($"/api/surveys/{survey}/responses", Body(id, version, data));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>The CSV's rows by response id ("header" for the first), cells unquoted.</summary>
    private static async Task<Dictionary<string, string[]>> CsvRowsAsync(HttpClient client, string survey, string municipality)
    {
        var text = await client.GetStringAsync($"/api/surveys/{survey}/responses?municipality={municipality}&format=csv");
        var rows = CsvCells.Parse(text.TrimStart('\uFEFF'));
        return rows.Select((cells, i) => (Key: i == 0 ? "header" : cells[0], cells)).ToDictionary(r => r.Key, r => r.cells);
    }

    private async Task<string> PublishSurveyAsync()
    {
        await env.ClientAsync();
        var id = $"export-{Guid.NewGuid():N}"[..30];
        var store = env.App.Services.GetRequiredService<ISurveyDefinitionStore>();
        Assert.True(await store.TryPublishAsync(new SurveyDefinition(id, 1, DateTimeOffset.UtcNow, Definition(
            """{ "type": "comment", "name": "earlier", "title": { "default": "Behov; tidigare", "en": "Earlier needs" } }""")), CancellationToken.None));
        Assert.True(await store.TryPublishAsync(new SurveyDefinition(id, 2, DateTimeOffset.UtcNow, Definition(
            """
            { "type": "checkbox", "name": "challenges", "title": { "default": "Utmaningar", "en": "Challenges" }, "showNoneItem": true,
              "choices": [ { "value": "competence", "text": { "default": "Kompetensförsörjning" } }, { "value": "financing", "text": { "default": "Finansiering" } } ] },
            { "type": "text", "inputType": "number", "name": "turnover", "title": { "default": "Omsättning (mnkr)", "en": "Turnover (SEK m)" } }
            """)), CancellationToken.None));
        return id;
    }

    // Both versions ask municipality, size and a note; the version's own questions go between size and note (v1) or after it (v2).
    private static JsonObject Definition(string ownQuestions)
    {
        var own = JsonNode.Parse($"[{ownQuestions}]")!.AsArray().Select(q => q!.DeepClone());
        var first = own.FirstOrDefault()?["name"]?.GetValue<string>() == "earlier";
        JsonNode note = JsonNode.Parse("""{ "type": "text", "name": "note", "title": { "default": "Anteckning", "en": "Note" } }""")!;
        JsonNode[] common =
        [
            JsonNode.Parse("""{ "type": "dropdown", "name": "municipality", "title": { "default": "Kommun", "en": "Municipality" } }""")!,
            JsonNode.Parse("""
                { "type": "radiogroup", "name": "sizeClass", "title": { "default": "Antal anställda", "en": "Employees" },
                  "choices": [ { "value": "0-9", "text": { "default": "0–9 anställda", "en": "0–9 employees" } }, { "value": "10-49", "text": { "default": "10–49 anställda" } } ] }
                """)!,
        ];
        JsonNode?[] elements = first ? [.. common, .. own, note] : [.. common, note, .. own];
        return new JsonObject { ["pages"] = new JsonArray(new JsonObject { ["name"] = "page", ["elements"] = new JsonArray(elements) }) };
    }
}
