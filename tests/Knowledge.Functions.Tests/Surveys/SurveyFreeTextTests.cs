using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Shared;
using Knowledge.Surveys;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Surveys;

[Collection(StorageCollection.Name)]
public sealed class SurveyFreeTextTests(TestEnvironment env)
{
    private const string Lulea = "2580";

    // The personal data typed into each place, as people type it (no-break spaces, non-breaking hyphens, typos).
    private static readonly string[] Typed =
        ["850709\u20111234", "070\u00a0123\u00a045\u00a067", "o'brien@x.se", "0920-45 67 89", "erik@verkstad.se", "19850709-1234", "08-123 456 78", "anna@firma.se"];

    /// <summary>Answers to <see cref="TestSurveys.MaskableQuestions"/>, with personal data in every place that holds free text.</summary>
    private static JsonObject Answers() => new()
    {
        ["contactPerson"] = "Erik, 850709\u20111234",
        ["contact"] = new JsonObject { ["person"] = "Erik Ek", ["phone"] = "070\u00a0123\u00a045\u00a067", ["email"] = "o'brien@x.se" },
        ["hires"] = new JsonArray(
            new JsonObject { ["role"] = "svetsare, ring 0920-45 67 89", ["level"] = "junior" },
            new JsonObject { ["role"] = "montör" }),
        ["plans"] = new JsonObject { ["2026"] = new JsonObject { ["note"] = "kontakt erik@verkstad.se" } },
        ["sites"] = new JsonArray(new JsonObject { ["town"] = "Luleå", ["owner"] = "other", ["owner-Comment"] = "hyrs av 19850709-1234" }),
        ["supplier"] = "Leverantör 08-123 456 78",
        ["partners"] = new JsonArray("lkab", "anna@firma.se"),
    };

    [Fact]
    public void Every_free_text_is_masked_and_what_people_wrote_is_listed_for_tagging_by_its_key()
    {
        var questions = TestSurveys.Read(TestSurveys.MaskableQuestions().ToJsonString());
        var data = Answers();
        Assert.Empty(SurveyResponseValidator.Validate(questions, data));

        var texts = SurveyFreeText.MaskInPlace(questions, data);

        Assert.Equal(
            ["contactPerson", "contact.person", "contact.phone", "contact.email", "hires[0].role", "hires[1].role", "plans.2026.note", "sites[0].town", "sites[0].owner-Comment"],
            texts.Keys);
        Assert.Equal("[telefon]", texts["contact.phone"]);
        Assert.Equal("svetsare, ring [telefon]", data["hires"]![0]!["role"]!.GetValue<string>());
        Assert.Equal("junior", data["hires"]![0]!["level"]!.GetValue<string>());
        Assert.Equal("Leverantör [telefon]", data["supplier"]!.GetValue<string>());
        Assert.Equal(["lkab", "[e-post]"], data["partners"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.DoesNotContain(Strings(data), s => Typed.Any(t => s.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Free_text_in_items_rows_panels_other_texts_and_unlisted_choices_reaches_table_storage_masked()
    {
        var definition = SmeNeedsDefinitionFile.Load();
        foreach (var question in TestSurveys.MaskableQuestions())
        {
            definition["pages"]![1]!["elements"]!.AsArray().Add(question!.DeepClone());
        }

        var surveyId = await env.SeedSurveyAsync(definition);
        var office = await env.ClientAsync(Principals.Office(Lulea));
        var body = SurveyAnswers.Valid(Lulea, change: data =>
        {
            data["financingPurpose"] = new JsonArray("investment", "other");
            data["financingPurpose-Comment"] = "lån via 0046701234567";
            foreach (var (name, value) in Answers())
            {
                data[name] = value!.DeepClone();
            }
        });

        var response = await office.SubmitAsync(body, surveyId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var table = env.Tables.GetTableClient("MunicipalityRecords");
        var row = (await table.GetEntityAsync<TableEntity>(Lulea, $"response-{body["responseId"]}")).Value;
        var stored = JsonNode.Parse((await table.GetEntityAsync<SurveyResponseEntity>(Lulea, row.RowKey)).Value.Data)!.AsObject();
        var strings = Strings(stored).Concat(row.Select(p => p.Value).OfType<string>()).ToList();
        Assert.DoesNotContain(strings, s => Typed.Append("0046701234567").Any(t => s.Contains(t, StringComparison.Ordinal)));
        Assert.Equal("lån via [telefon]", stored["financingPurpose-Comment"]!.GetValue<string>());
        Assert.Equal("[e-post]", stored["contact"]!["email"]!.GetValue<string>());
        Assert.Equal("kontakt [e-post]", stored["plans"]!["2026"]!["note"]!.GetValue<string>());
        Assert.Equal("hyrs av [personnummer]", stored["sites"]![0]!["owner-Comment"]!.GetValue<string>());
        Assert.Equal("Leverantör [telefon]", stored["supplier"]!.GetValue<string>());
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue(out string? s) => [s],
        _ => [],
    };
}
