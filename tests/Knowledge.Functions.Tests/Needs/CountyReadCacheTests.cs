using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Reference;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Needs;

/// <summary>
/// Each instance keeps the counter rows it read, checked against the municipality's counter version on every read;
/// here two app instances share one Azurite, as scaled-out instances share the storage account.
/// </summary>
public sealed class CountyReadCacheTests : IAsyncLifetime
{
    private const string Gotland = "09";
    private const string Visby = "0980";
    private const string Blekinge = "10";
    private const string Karlskrona = "1080";
    private const string Table = "MunicipalityRecords";

    private readonly AzuriteFixture _azurite = new();
    private KnowledgeApp _writer = null!;
    private KnowledgeApp _reader = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        var settings = new Dictionary<string, string?> { ["AzureWebJobs.TagModels_RetrainJob.Disabled"] = "true" };
        _writer = new KnowledgeApp(_azurite, settings, recordKeys: FixedRecordKeys.Zero);
        _reader = new KnowledgeApp(_azurite, settings, recordKeys: FixedRecordKeys.Zero, storagePolicy: new StorageRequestCounter());
    }

    public async Task DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _reader.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_county_read_through_one_instance_sees_a_write_through_another_at_once()
    {
        var office = (await _writer.CreateReadyClientAsync()).As(Principals.Office(Visby));
        var region = (await _reader.CreateReadyClientAsync()).As(Principals.Region(Gotland));
        var bodies = Enumerable.Range(0, 6).Select(_ => SurveyAnswers.Valid(Visby, change: d => d.Remove("needs"))).ToList();
        foreach (var body in bodies[..5])
        {
            Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(body)).StatusCode);
        }

        var five = await RespondentsAsync(region, Gotland);
        Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(bodies[5])).StatusCode);
        var six = await RespondentsAsync(region, Gotland);
        var withdrawal = await office.DeleteAsync($"/api/surveys/sme-needs/responses/{bodies[0]["responseId"]!.GetValue<string>()}");
        var afterWithdrawal = await RespondentsAsync(region, Gotland);

        Assert.Equal(5, five);
        Assert.Equal(6, six);
        Assert.Equal(HttpStatusCode.NoContent, withdrawal.StatusCode);
        Assert.Equal(5, afterWithdrawal);
    }

    [Fact]
    public async Task A_repeated_county_read_with_no_writes_reads_only_the_counter_versions()
    {
        var office = (await _reader.CreateReadyClientAsync()).As(Principals.Office(Karlskrona));
        var region = (await _reader.CreateReadyClientAsync()).As(Principals.Region(Blekinge));
        var municipalities = _reader.Services.GetRequiredService<ReferenceData>().MunicipalitiesIn(Blekinge).Count();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(SurveyAnswers.Valid(Karlskrona, change: d => d.Remove("needs")))).StatusCode);
        }

        var first = await ReadsAsync(region);
        var repeated = await ReadsAsync(region);
        Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(SurveyAnswers.Valid(Karlskrona, change: d => d.Remove("needs")))).StatusCode);
        var afterWrite = await ReadsAsync(region);

        // First: each municipality's version and its counter rows. Repeated: the versions alone, one point read each,
        // of which only Karlskrona's exists. After a write in Karlskrona: the versions and Karlskrona's rows again.
        Assert.Equal(2 * municipalities, first.Count);
        Assert.Equal(municipalities, repeated.Count);
        Assert.All(repeated, r => Assert.Equal("GET", r.Method));
        Assert.Equal(1, repeated.Sum(r => r.Entities));
        Assert.Equal(municipalities + 1, afterWrite.Count);
    }

    private static async Task<List<StorageRequest>> ReadsAsync(HttpClient region) =>
        [.. (await StorageRequestCounter.MeasureAsync(() => RespondentsAsync(region, Blekinge))).Where(r => r.Table == Table)];

    private static async Task<int> RespondentsAsync(HttpClient region, string county) =>
        (await region.GetFromJsonAsync<JsonObject>($"/api/needs?county={county}"))!["total"]!["respondents"]!.GetValue<int>();
}
