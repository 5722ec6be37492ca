using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Shared;

/// <summary>Writes are logged by id and user, so operations can follow one answer or note, and never with its text.</summary>
[Collection(StorageCollection.Name)]
public sealed class StructuredLoggingTests(TestEnvironment env)
{
    private const string Lulea = "2580";
    private const string Secret = "Smältverkets hemliga kalkyl";

    [Fact]
    public async Task Answers_and_notes_are_logged_with_their_ids_and_user_and_without_their_text()
    {
        var logs = new CapturedLogs();
        await using var app = new KnowledgeApp(env.Azurite, logs: logs);
        var office = (await app.CreateReadyClientAsync()).As(Principals.Office(Lulea, "logging-office"));
        var answer = SurveyAnswers.Valid(Lulea, change: d => d["needs"] = $"{Secret}, ring 070-123 45 67.");
        var noteId = Guid.NewGuid();

        (await office.SubmitAsync(answer)).EnsureSuccessStatusCode();
        (await office.SubmitAsync(answer)).EnsureSuccessStatusCode(); // a retry is logged as replayed
        (await office.PostAsJsonAsync("/api/notes", new JsonObject
        {
            ["noteId"] = noteId.ToString(),
            ["municipality"] = Lulea,
            ["interviewDate"] = "2026-11-20",
            ["company"] = new JsonObject { ["name"] = "Verkstad AB", ["sizeClass"] = "10-49", ["sector"] = "C" },
            ["text"] = $"{Secret}: lånet till maskinen saknas. Mejla anna@example.se.",
        })).EnsureSuccessStatusCode();

        var responseId = Guid.Parse(answer["responseId"]!.GetValue<string>());
        var answerLogs = logs.Entries.Where(e => e.EventId.Id == 1100 && Equals(e.Properties["ResponseId"], responseId)).ToList();
        Assert.Equal(["Created", "Replayed"], answerLogs.Select(e => e.Properties["Outcome"]!.ToString()));
        Assert.All(answerLogs, e => Assert.Equal("logging-office", e.Properties["UserId"]));
        var noteLog = Assert.Single(logs.Entries, e => e.EventId.Id == 1200 && Equals(e.Properties["NoteId"], noteId));
        Assert.Equal("create", noteLog.Properties["Action"]);
        Assert.All(logs.Entries, e =>
        {
            var logged = string.Join(" | ", e.Properties.Values.Select(v => v?.ToString()).Prepend(e.Message));
            Assert.DoesNotContain("hemliga", logged, StringComparison.Ordinal);
            Assert.DoesNotContain("anna@", logged, StringComparison.Ordinal);
            Assert.DoesNotContain("070-123", logged, StringComparison.Ordinal);
        });
    }
}
