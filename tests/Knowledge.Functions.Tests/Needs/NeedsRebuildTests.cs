using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Needs;

[Collection(StorageCollection.Name)]
public sealed class NeedsRebuildTests(TestEnvironment env)
{
    private const string Solleftea = "2283";
    private const string Are = "2321";
    private const string Berg = "2326";

    [Fact]
    public async Task A_rebuild_in_the_background_finds_and_repairs_a_tampered_counter()
    {
        var office = await env.ClientAsync(Principals.Office(Solleftea));
        for (var i = 0; i < 3; i++)
        {
            await office.SubmitAsync(SurveyAnswers.Valid(Solleftea, change: d => d.Remove("needs")));
        }

        var table = env.Tables.GetTableClient("MunicipalityRecords");
        var counter = table.Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Solleftea} and RowKey ge {"count-"} and RowKey lt {"count."}")).Single();
        counter["Tag_competence"] = 40;
        await table.UpdateEntityAsync(counter, counter.ETag);
        var admin = await env.ClientAsync(Principals.Admin());

        var start = await admin.PostAsync("/api/needs/rebuild", null);
        var job = await WaitForCompletionAsync(admin, start.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var difference = Assert.Single(job["differences"]!.AsArray(), d => d!["municipality"]!.GetValue<string>() == Solleftea)!;
        Assert.Equal("Tag_competence", difference["property"]!.GetValue<string>());
        Assert.Equal(40, difference["stored"]!.GetValue<int>());
        Assert.Equal(3, difference["recounted"]!.GetValue<int>());
        Assert.Equal(job["municipalitiesTotal"]!.GetValue<int>(), job["municipalitiesDone"]!.GetValue<int>());
        var repaired = (await table.GetEntityAsync<TableEntity>(Solleftea, counter.RowKey)).Value;
        Assert.Equal(3, repaired.GetInt32("Tag_competence"));
    }

    [Fact]
    public async Task A_rebuild_indexes_notes_and_answers_stored_before_the_index_so_they_are_found_by_id_and_number()
    {
        var number = StoredRecords.OrganisationNumber(998_877);
        var note = StoredRecords.Note(Are, "23", number);
        var answer = StoredRecords.Answer(Berg, "23", $"Vi har org.nr {number}.");
        await StoredRecords.AddAsync(env.Tables, [note], [answer]);
        var staff = await env.ClientAsync(Principals.Staff());
        var admin = await env.ClientAsync(Principals.Admin());
        var before = await staff.GetAsync($"/api/notes/{note.NoteId}");

        var start = await admin.PostAsync("/api/needs/rebuild", null);
        await WaitForCompletionAsync(admin, start.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/notes/{note.NoteId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/surveys/sme-needs/responses/{answer.ResponseId}")).StatusCode);
        var erasure = (await (await admin.PostAsJsonAsync("/api/erasures", new { organisationNumber = number })).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(answer.ResponseId.ToString(), Assert.Single(erasure["responses"]!.AsArray())!.GetValue<string>());
        Assert.Equal(note.NoteId.ToString(), Assert.Single(erasure["notes"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task Only_admin_starts_or_reads_a_rebuild()
    {
        var region = await env.ClientAsync(Principals.Region("22"));

        var start = await region.PostAsync("/api/needs/rebuild", null);
        var status = await region.GetAsync($"/api/needs/rebuild/{Guid.NewGuid()}");

        await start.AssertProblemAsync(HttpStatusCode.Forbidden);
        await status.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_rebuild_is_not_found()
    {
        var admin = await env.ClientAsync(Principals.Admin());

        var status = await admin.GetAsync($"/api/needs/rebuild/{Guid.NewGuid()}");

        await status.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    // The job runs on its timer (every 10 s) in the app under test, as it would in Azure.
    private static async Task<JsonObject> WaitForCompletionAsync(HttpClient admin, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var job = (await admin.GetFromJsonAsync<JsonObject>(location))!;
            if (job["status"]!.GetValue<string>() == "Completed")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The rebuild did not complete: {job.ToJsonString()}");
            await Task.Delay(250);
        }
    }
}
