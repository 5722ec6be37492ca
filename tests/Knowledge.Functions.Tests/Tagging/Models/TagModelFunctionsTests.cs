using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tagging;
using Knowledge.Tagging.Models;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Tagging.Models;

/// <summary>
/// The loop from staff reviews to a promoted model, on an app and an Azurite of its own: a promotion changes what every
/// other test's notes would be tagged with.
/// </summary>
public sealed class TagModelFunctionsTests(RetrainEnvironment env) : IClassFixture<RetrainEnvironment>
{
    [Fact]
    public async Task A_retrain_learns_from_reviews_and_its_model_tags_a_note_the_shipped_one_missed()
    {
        var office = await env.ClientAsync(Principals.Office(WinterRoadNotes.Kiruna));
        var staff = await env.ClientAsync(Principals.Staff());
        var admin = await env.ClientAsync(Principals.Admin());
        var before = await WinterRoadNotes.AddAsync(office, WinterRoadNotes.NewNote, 0);
        Assert.DoesNotContain("infrastructure", WinterRoadNotes.Tags(before));
        for (var i = 0; i < WinterRoadNotes.Reviewed.Length; i++)
        {
            var note = await WinterRoadNotes.AddAsync(office, WinterRoadNotes.Reviewed[i], i + 1);
            (await staff.PutAsJsonAsync($"/api/notes/{note["noteId"]}/tags", new { tags = new[] { "infrastructure" } })).EnsureSuccessStatusCode();
        }

        var start = await admin.PostAsync("/api/tags/models/retrain", null);
        var job = await WaitForCompletionAsync(admin, start.Headers.Location!.OriginalString);
        var after = await WinterRoadNotes.AddAsync(office, WinterRoadNotes.NewNote, 100);
        var models = (await admin.GetFromJsonAsync<JsonObject>("/api/tags/models"))!;

        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var result = job["result"]!;
        Assert.True(result["promoted"]!.GetValue<bool>(), job.ToJsonString());
        var candidate = result["candidate"]!.GetValue<string>();
        Assert.Equal(TagModels.ShippedVersion, result["previous"]!.GetValue<string>());
        Assert.True(result["trainingReviews"]!.GetValue<int>() + result["candidateFigures"]!["heldOutReviews"]!.GetValue<int>() == WinterRoadNotes.Reviewed.Length);
        Assert.Contains("infrastructure", WinterRoadNotes.Tags(after));
        Assert.Equal(CombinedTagger.NameOf(candidate), after["suggested"]!["tagger"]!.GetValue<string>());
        Assert.Equal(candidate, models["inUse"]!.GetValue<string>());
        var versions = models["versions"]!.AsArray();
        Assert.Contains(versions, v => v!["version"]!.GetValue<string>() == candidate && v["inUse"]!.GetValue<bool>() && v["figures"] is not null);
        Assert.Contains(versions, v => v!["version"]!.GetValue<string>() == TagModels.ShippedVersion && v["shipped"]!.GetValue<bool>() && !v["inUse"]!.GetValue<bool>());

        // The reviewed notes keep their tags; an admin can go back to the shipped model.
        var rollback = await admin.PostAsync($"/api/tags/models/{TagModels.ShippedVersion}/promote", null);
        var afterRollback = await WinterRoadNotes.AddAsync(office, WinterRoadNotes.NewNote, 101);

        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal(CombinedTagger.NameOf(TagModels.ShippedVersion), afterRollback["suggested"]!["tagger"]!.GetValue<string>());
        Assert.DoesNotContain("infrastructure", WinterRoadNotes.Tags(afterRollback));
        var reviewed = (await staff.GetFromJsonAsync<JsonObject>($"/api/notes/{WinterRoadNotes.NoteId(1)}"))!;
        Assert.Equal(["infrastructure"], WinterRoadNotes.Tags(reviewed));
    }

    [Fact]
    public async Task A_version_that_was_never_stored_is_not_found_and_only_admin_may_see_or_change_models()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var staff = await env.ClientAsync(Principals.Staff());

        var unknown = await admin.PostAsync("/api/tags/models/0badc0de/promote", null);
        var malformed = await admin.PostAsync("/api/tags/models/latest/promote", null);
        var unknownJob = await admin.GetAsync($"/api/tags/models/retrain/{Guid.NewGuid()}");

        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        await malformed.AssertProblemAsync(HttpStatusCode.NotFound);
        await unknownJob.AssertProblemAsync(HttpStatusCode.NotFound);
        await (await staff.GetAsync("/api/tags/models")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.PostAsync("/api/tags/models/retrain", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.PostAsync($"/api/tags/models/{TagModels.ShippedVersion}/promote", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    // The job runs on its timer (every 10 s) in the app under test, as it would in Azure.
    private static async Task<JsonObject> WaitForCompletionAsync(HttpClient admin, string location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var job = (await admin.GetFromJsonAsync<JsonObject>(location))!;
            if (job["status"]!.GetValue<string>() is "Completed" or "Failed")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The retrain did not complete: {job.ToJsonString()}");
            await Task.Delay(500);
        }
    }
}
