using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Knowledge.Needs;
using Knowledge.Shared;
using Knowledge.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Surveys;

/// <summary>
/// The ambiguous failure: storage commits the answer's transaction but its reply is lost, so the client sees a 503.
/// Its retry with the same response id replays the stored answer, and nothing is stored or counted twice.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class LostResponseTests(TestEnvironment env)
{
    private const string Haparanda = "2583";

    [Fact]
    public async Task A_retry_after_a_commit_whose_reply_was_lost_replays_the_answer_and_counts_it_once()
    {
        await env.ClientAsync();
        var loseReply = new LoseNextTransactionReply();
        var options = StorageServiceCollectionExtensions.ClientOptions();
        options.AddPolicy(loseReply, HttpPipelinePosition.PerCall);
        await using var app = new KnowledgeApp(env.Azurite).WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton(new TableServiceClient(env.Azurite.ConnectionString, options))));
        var office = app.CreateClient().As(Principals.Office(Haparanda));
        while ((await office.GetAsync("/api/health")).StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(100);
        }

        var body = SurveyAnswers.Valid(Haparanda);
        var responseId = Guid.Parse(body["responseId"]!.GetValue<string>());
        loseReply.Armed = true;

        var lost = await office.SubmitAsync(body);
        var retried = await office.SubmitAsync(body);

        await lost.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(lost.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(responseId.ToString(), (await retried.Content.ReadFromJsonAsync<JsonObject>())!["responseId"]!.GetValue<string>());
        var table = env.Tables.GetTableClient("MunicipalityRecords");
        var audit = table.Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Haparanda} and Target eq {$"surveys/sme-needs/responses/{responseId:D}"}"));
        Assert.Single(audit);
        Assert.Empty(await app.Services.GetRequiredService<NeedsRecount>().RecountAsync(Haparanda, CancellationToken.None));
    }

    /// <summary>Lets the next entity-group transaction reach storage, then throws as if the connection dropped before its reply.</summary>
    private sealed class LoseNextTransactionReply : HttpPipelinePolicy
    {
        private int _armed;

        public bool Armed { set => Volatile.Write(ref _armed, value ? 1 : 0); }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            LoseReplyOnce(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            LoseReplyOnce(message);
        }

        private void LoseReplyOnce(HttpMessage message)
        {
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && message.Response.Status == 202 && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                throw new RequestFailedException(0, "The connection dropped before the reply.", new IOException("Connection reset by peer"));
            }
        }
    }
}
