using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Needs;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Needs;

/// <summary>Counters are kept in the same transaction as the answers and notes they count, exactly, under concurrency.</summary>
[Collection(StorageCollection.Name)]
public sealed class CountersOnWriteTests(TestEnvironment env)
{
    private static readonly string[] SizeClasses = ["0-9", "10-49", "50-249"];
    private static readonly string[] Sectors = ["B", "C", "F", "H"];
    private static readonly string[] Tags = ["competence", "financing", "timing", "growth_willingness", "succession", "transition_requirements", "procurement", "infrastructure"];

    [Fact]
    public async Task Sixty_four_clients_submitting_fifty_answers_each_end_with_counters_equal_to_the_truth()
    {
        string[] municipalities = ["2260", "2262", "2280", "2284"];
        var random = new Random(2026);
        var answers = Enumerable.Range(0, 64 * 50).Select(i =>
        {
            var municipality = municipalities[i % municipalities.Length];
            var tags = Tags.Where(_ => random.NextDouble() < 0.3).ToArray();
            var body = SurveyAnswers.Valid(municipality, change: d =>
            {
                d["challenges"] = tags.Length == 0 ? new JsonArray("none") : new JsonArray([.. tags.Select(t => JsonValue.Create(t))]);
                d["sizeClass"] = SizeClasses[random.Next(SizeClasses.Length)];
                d["sector"] = Sectors[random.Next(Sectors.Length)];
                d.Remove("challengeSeverity");
                d.Remove("needs"); // free text would add tagger tags; this test counts selections exactly
            });
            return (municipality, tags, body);
        }).ToList();

        var clients = await Task.WhenAll(municipalities.Select(async m => (m, client: await env.ClientAsync(Principals.Office(m)))));
        var byMunicipality = clients.ToDictionary(c => c.m, c => c.client);
        await Parallel.ForEachAsync(answers, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (a, ct) =>
        {
            var response = await byMunicipality[a.municipality].SubmitAsync(a.body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        });

        foreach (var municipality in municipalities)
        {
            var expected = Expected(answers.Where(a => a.municipality == municipality).Select(a => a.tags));
            Assert.Equal(expected, await ReadCountersAsync(municipality, NeedsCell.Survey));
        }
    }

    [Fact]
    public async Task A_retried_submission_counts_once()
    {
        var office = await env.ClientAsync(Principals.Office("2281"));
        var body = SurveyAnswers.Valid("2281", change: d => d.Remove("needs"));

        await office.SubmitAsync(body);
        await office.SubmitAsync(body);
        await office.SubmitAsync(body);

        var counts = await ReadCountersAsync("2281", NeedsCell.Survey);
        Assert.Equal(1, counts["Respondents"]);
        Assert.Equal(1, counts["Tag_competence"]);
        Assert.Equal(1, counts["Pair_competence__financing"]);
    }

    [Fact]
    public async Task A_tag_review_moves_the_note_counts()
    {
        var office = await env.ClientAsync(Principals.Office("2282"));
        var noteId = Guid.NewGuid();
        var created = await office.PostAsJsonAsync("/api/notes", new { noteId, municipality = "2282", interviewDate = "2026-10-05", text = "Banken lånar inte ut till oss." });
        var suggested = (await created.Content.ReadFromJsonAsync<JsonObject>())!["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToArray();
        var before = await ReadCountersAsync("2282", NeedsCell.Notes);

        await (await env.ClientAsync(Principals.Staff())).PutAsJsonAsync($"/api/notes/{noteId}/tags", new { tags = new[] { "succession", "competence" } });
        var after = await ReadCountersAsync("2282", NeedsCell.Notes);

        Assert.Equal(Expected([suggested]), before);
        Assert.Equal(Expected([["succession", "competence"]]), after);
    }

    private static Dictionary<string, int> Expected(IEnumerable<string[]> respondents)
    {
        var counts = new Dictionary<string, int>();
        foreach (var tags in respondents)
        {
            Add("Respondents");
            var ordered = tags.Distinct().Order(StringComparer.Ordinal).ToArray();
            foreach (var tag in ordered)
            {
                Add($"Tag_{tag}");
            }

            for (var i = 0; i < ordered.Length; i++)
            {
                for (var j = i + 1; j < ordered.Length; j++)
                {
                    Add($"Pair_{ordered[i]}__{ordered[j]}");
                }
            }
        }

        return counts;

        void Add(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    // Sums the municipality's counter rows of one source; zero counts are left out, as in Expected.
    private async Task<Dictionary<string, int>> ReadCountersAsync(string municipality, string source)
    {
        var sums = new Dictionary<string, int>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {"count-"} and RowKey lt {"count."}");
        await foreach (var row in env.Tables.GetTableClient("MunicipalityRecords").QueryAsync<TableEntity>(filter))
        {
            if (!row.RowKey.Contains($"-{source}-", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (key, value) in row)
            {
                if (value is int count && (key == "Respondents" || key.StartsWith("Tag_", StringComparison.Ordinal) || key.StartsWith("Pair_", StringComparison.Ordinal)))
                {
                    sums[key] = sums.GetValueOrDefault(key) + count;
                }
            }
        }

        return sums.Where(p => p.Value != 0).ToDictionary();
    }
}
