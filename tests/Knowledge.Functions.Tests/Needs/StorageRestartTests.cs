using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Needs;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Knowledge.Tests.Needs;

/// <summary>
/// Azurite restarts twice in the middle of a load of submissions. Clients retry the same response id until it is
/// accepted, as the survey page does, and storage errors reach them as 503, never as 500 or a lost answer.
/// </summary>
public sealed class StorageRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Clients = 16;
    private const int AnswersPerClient = 25;
    private static readonly string[] Municipalities = ["2580", "2581", "2582", "2584"];
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    private readonly RestartableAzurite _azurite = new();
    private readonly ConcurrentDictionary<HttpStatusCode, int> _statuses = new();
    private KnowledgeApp _app = null!;
    private int _accepted;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _app = new KnowledgeApp(_azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Every_answer_is_stored_once_and_the_counters_equal_a_rebuild()
    {
        await _app.CreateReadyClientAsync();
        var answers = Enumerable.Range(0, Clients * AnswersPerClient)
            .Select(i => (Client: i % Clients, Body: SurveyAnswers.Valid(Municipalities[i % Municipalities.Length])))
            .ToList();
        var clients = Enumerable.Range(0, Clients).Select(i => _app.CreateClient().As(Principals.Office(Municipalities[i % Municipalities.Length], $"office-{i}"))).ToArray();
        var clock = Stopwatch.StartNew();

        var restarts = RestartDuringLoadAsync(answers.Count);
        await Task.WhenAll(answers.GroupBy(a => a.Client).Select(async own =>
        {
            foreach (var (client, body) in own)
            {
                await SubmitUntilAcceptedAsync(clients[client], body);
            }
        }));
        await restarts;
        output.WriteLine($"{answers.Count} answers in {clock.Elapsed.TotalSeconds:F1} s; statuses: {string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}"))}");

        Assert.Equal(answers.Count, _accepted);
        Assert.All(_statuses.Keys, s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.True(_statuses.GetValueOrDefault(HttpStatusCode.ServiceUnavailable) > 0, "No request failed, so the restarts were not exercised.");
        var table = new TableServiceClient(_azurite.ConnectionString).GetTableClient("MunicipalityRecords");
        var recount = _app.Services.GetRequiredService<NeedsRecount>();
        foreach (var municipality in Municipalities)
        {
            var submitted = answers.Where(a => a.Body["municipality"]!.GetValue<string>() == municipality).Select(a => a.Body["responseId"]!.GetValue<string>()).Order().ToList();
            Assert.Equal(submitted, (await RowKeysAsync(table, municipality, "response-")).Select(k => k["response-".Length..]).Order().ToList());
            Assert.Equal(submitted.Count, (await RowKeysAsync(table, municipality, "audit-")).Count);
            Assert.Empty(await recount.RecountAsync(municipality, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Health_is_503_while_storage_is_down_and_200_once_it_is_back()
    {
        var client = await _app.CreateReadyClientAsync();

        await _azurite.StopAsync();
        var down = await WaitForHealthAsync(client, HttpStatusCode.ServiceUnavailable);
        await _azurite.StartAsync();
        var up = await WaitForHealthAsync(client, HttpStatusCode.OK);

        await down.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("reachable", (await up.Content.ReadFromJsonAsync<JsonObject>())!["storage"]!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> WaitForHealthAsync(HttpClient client, HttpStatusCode status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var response = await client.GetAsync("/api/health");
            if (response.StatusCode == status || DateTime.UtcNow > deadline)
            {
                return response;
            }

            await Task.Delay(100);
        }
    }

    // Stops Azurite with a second of downtime once a quarter of the answers are in, and again at two thirds.
    private async Task RestartDuringLoadAsync(int total)
    {
        foreach (var share in new[] { 0.25, 0.66 })
        {
            while (Volatile.Read(ref _accepted) < total * share)
            {
                await Task.Delay(20);
            }

            var down = Stopwatch.StartNew();
            await _azurite.RestartAsync(TimeSpan.FromSeconds(1));
            output.WriteLine($"Restarted at {Volatile.Read(ref _accepted)} accepted answers; stop, 1 s down and start took {down.Elapsed.TotalSeconds:F1} s");
        }
    }

    // As the survey page does: the same body, so the same response id, until it is accepted.
    private async Task SubmitUntilAcceptedAsync(HttpClient client, JsonObject body)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        var backoff = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var response = await client.SubmitAsync(body);
            _statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                Interlocked.Increment(ref _accepted);
                return;
            }

            Assert.True((int)response.StatusCode >= 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            Assert.True(DateTime.UtcNow < deadline, $"Answer {body["responseId"]} was not accepted within {GiveUpAfter.TotalSeconds} s.");
            await Task.Delay(backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(100)));
            backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 1000));
        }
    }

    private static async Task<List<string>> RowKeysAsync(TableClient table, string municipality, string prefix)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "."}");
        var rowKeys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
        {
            rowKeys.Add(row.RowKey);
        }

        return rowKeys;
    }
}
