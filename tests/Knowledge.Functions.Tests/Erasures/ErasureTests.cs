using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Needs;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Erasures;

/// <summary>An admin erases what is stored about a company (GDPR art. 17): the text is gone, the counts stay true, the audit names ids only.</summary>
[Collection(StorageCollection.Name)]
public sealed class ErasureTests(TestEnvironment env)
{
    private const string Orebro = "1880";
    private const string Kumla = "1881";
    private const string CompanyName = "Kilsbergens Ventilgjuteri Holmqvist AB";
    private const string OrganisationNumber = "556123-4567";
    private const string Phrase = "ventilhusen spricker vid provtryckningen";

    [Fact]
    public async Task Erasing_a_company_leaves_its_name_and_text_nowhere_in_storage_and_the_counts_equal_a_rebuild()
    {
        var orebro = await env.ClientAsync(Principals.Office(Orebro));
        var kumla = await env.ClientAsync(Principals.Office(Kumla));
        var erased = new[] { await CreateNoteAsync(orebro, Orebro, OrganisationNumber), await CreateNoteAsync(orebro, Orebro, OrganisationNumber), await CreateNoteAsync(kumla, Kumla, OrganisationNumber) };
        var kept = await CreateNoteAsync(orebro, Orebro, "556677-8899", "Annan Firma AB", "svetsarna räcker inte till");
        var reviewed = await (await env.ClientAsync(Principals.Staff())).PutAsJsonAsync($"/api/notes/{erased[0]}/tags", new { tags = new[] { "succession" } });
        var admin = await env.ClientAsync(Principals.Admin());

        var response = await admin.PostAsJsonAsync("/api/erasures", new { organisationNumber = "5561234567" });

        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(3, result["erased"]!.GetValue<int>());
        Assert.Equal(erased.Order(), result["notes"]!.AsArray().Select(n => Guid.Parse(n!.GetValue<string>())).Order());
        Assert.Empty(await FindInStorageAsync(CompanyName, OrganisationNumber, "5561234567", Phrase));
        Assert.Empty(await RecountAsync(Orebro));
        Assert.Empty(await RecountAsync(Kumla));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/notes/{erased[2]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/notes/{kept}")).StatusCode);
    }

    [Fact]
    public async Task Erasing_an_answer_deletes_every_revision_and_its_counts()
    {
        var office = await env.ClientAsync(Principals.Office(Kumla));
        var body = SurveyAnswers.Valid(Kumla, change: d => d["needs"] = $"Vi på {CompanyName} ser att {Phrase}.");
        var responseId = body["responseId"]!.GetValue<string>();
        await office.SubmitAsync(body);
        var correction = body.DeepClone().AsObject();
        correction.Remove("responseId");
        correction["data"]!["sizeClass"] = "50-249";
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"/api/surveys/sme-needs/responses/{responseId}", correction)).StatusCode);
        var withdrawn = SurveyAnswers.Valid(Kumla, change: d => d.Remove("needs"));
        await office.SubmitAsync(withdrawn);
        await office.DeleteAsync($"/api/surveys/sme-needs/responses/{withdrawn["responseId"]}");
        var admin = await env.ClientAsync(Principals.Admin());

        var first = (await (await admin.PostAsJsonAsync("/api/erasures", new { responseId })).Content.ReadFromJsonAsync<JsonObject>())!;
        var second = (await (await admin.PostAsJsonAsync("/api/erasures", new { responseId = withdrawn["responseId"]!.GetValue<string>() })).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(responseId, Assert.Single(first["responses"]!.AsArray())!.GetValue<string>());
        Assert.Equal(1, first["revisions"]!.GetValue<int>());
        Assert.Equal(1, second["erased"]!.GetValue<int>());
        Assert.Empty(await FindInStorageAsync(CompanyName, Phrase));
        Assert.Empty(await RecountAsync(Kumla));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/surveys/sme-needs/responses/{responseId}")).StatusCode);
    }

    [Fact]
    public async Task Erasing_a_company_also_erases_answers_whose_text_holds_its_number()
    {
        var office = await env.ClientAsync(Principals.Office(Orebro));
        var body = SurveyAnswers.Valid(Orebro, change: d => d["needs"] = "Vi (org.nr 5569001232) behöver fler svetsare.");
        var responseId = body["responseId"]!.GetValue<string>();
        await office.SubmitAsync(body);
        var noteId = await CreateNoteAsync(office, Orebro, "556900-1232", "Svetsverkstaden Berg AB", "svetsarna slutar vid femtio");
        var admin = await env.ClientAsync(Principals.Admin());

        var result = (await (await admin.PostAsJsonAsync("/api/erasures", new { organisationNumber = "556900-1232" })).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(responseId, Assert.Single(result["responses"]!.AsArray())!.GetValue<string>());
        Assert.Equal(noteId.ToString(), Assert.Single(result["notes"]!.AsArray())!.GetValue<string>());
        Assert.Empty(await FindInStorageAsync("5569001232", "556900-1232", "Svetsverkstaden Berg", "svetsarna slutar vid femtio"));
        Assert.Empty(await RecountAsync(Orebro));
    }

    [Fact]
    public async Task Erasing_again_answers_200_with_nothing_erased()
    {
        var office = await env.ClientAsync(Principals.Office(Orebro));
        var noteId = await CreateNoteAsync(office, Orebro, "559012-3450");
        var admin = await env.ClientAsync(Principals.Admin());

        var first = await admin.PostAsJsonAsync("/api/erasures", new { noteId });
        var again = await admin.PostAsJsonAsync("/api/erasures", new { noteId });

        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonObject>())!["erased"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var result = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(0, result["erased"]!.GetValue<int>());
        Assert.Empty(result["notes"]!.AsArray());
    }

    [Fact]
    public async Task Erasure_audit_rows_name_the_erasure_and_the_records_by_id_and_count_only()
    {
        var office = await env.ClientAsync(Principals.Office(Orebro));
        var noteId = await CreateNoteAsync(office, Orebro, OrganisationNumber);
        var admin = await env.ClientAsync(Principals.Admin("erasing-admin"));

        var result = (await (await admin.PostAsJsonAsync("/api/erasures", new { organisationNumber = OrganisationNumber })).Content.ReadFromJsonAsync<JsonObject>())!;

        var erasureId = result["erasureId"]!.GetValue<string>();
        var summary = env.Tables.GetTableClient("Jobs").Query<TableEntity>(e => e.PartitionKey == "erasures").Single(e => e.GetString("Target") == $"erasures/{erasureId}");
        Assert.Equal("erasure", summary.GetString("Action"));
        Assert.Equal(1, summary.GetInt32("Count"));
        Assert.Equal("erasing-admin", summary.GetString("ActorId"));
        var record = env.Tables.GetTableClient("MunicipalityRecords").Query<TableEntity>(e => e.PartitionKey == Orebro).Single(e => e.GetString("Target") == $"erasures/{erasureId}/notes/{noteId}");
        Assert.Equal("erasure", record.GetString("Action"));
        Assert.All(new[] { summary, record }, r => Assert.Empty(r.Keys.Except(["PartitionKey", "RowKey", "Timestamp", "odata.etag", "At", "ActorId", "ActorProvider", "Action", "Target", "Scope", "Count"])));
    }

    [Fact]
    public async Task Only_an_admin_may_erase()
    {
        var office = await env.ClientAsync(Principals.Office(Orebro));

        var response = await office.PostAsJsonAsync("/api/erasures", new { organisationNumber = OrganisationNumber });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("""{"organisationNumber": "556123-4568"}""", "organisationNumber")]
    [InlineData("""{"responseId": "not-a-uuid"}""", "responseId")]
    [InlineData("""{"noteId": 7}""", "noteId")]
    [InlineData("""{}""", "body")]
    [InlineData("""{"noteId": "3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b", "responseId": "3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6c"}""", "body")]
    [InlineData("""{"companyName": "Holmqvist AB"}""", "companyName")]
    public async Task An_erasure_with_bad_input_names_the_field(string body, string field)
    {
        var admin = await env.ClientAsync(Principals.Admin());

        var response = await admin.PostAsync("/api/erasures", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorsAsync(field);
    }

    private static async Task<Guid> CreateNoteAsync(HttpClient office, string municipality, string organisationNumber, string name = CompanyName, string phrase = Phrase)
    {
        var noteId = Guid.NewGuid();
        var response = await office.PostAsJsonAsync("/api/notes", new
        {
            noteId,
            municipality,
            interviewDate = "2026-10-05",
            text = $"{name} berättar att {phrase}, och banken lånar inte ut till en ny maskin.",
            company = new { name, organisationNumber, sizeClass = "10-49", sector = "C" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return noteId;
    }

    private Task<IReadOnlyList<NeedsDifference>> RecountAsync(string municipality) =>
        env.App.Services.GetRequiredService<NeedsRecount>().RecountAsync(municipality, CancellationToken.None);

    private Task<List<string>> FindInStorageAsync(params string[] texts) => StoredText.FindAsync(env.Tables, texts);
}
