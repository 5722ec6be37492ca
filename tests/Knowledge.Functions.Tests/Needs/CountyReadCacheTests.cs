using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Reference;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Needs;

/// <summary>
/// Each instance keeps the counter rows it read, checked against the county's counter versions on every read; here two
/// app instances share one Azurite, as scaled-out instances share the storage account.
/// </summary>
public sealed class CountyReadCacheTests : IAsyncLifetime
{
    private const string Gotland = "09";
    private const string Visby = "0980";
    private const string Blekinge = "10";
    private const string Karlskrona = "1080";
    private const string Records = "MunicipalityRecords";
    private const string Versions = "NeedsVersions";

    private readonly AzuriteFixture _azurite = new();
    private readonly SettableClock _clock = new(DateTimeOffset.UtcNow);
    private KnowledgeApp _writer = null!;
    private KnowledgeApp _reader = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        var settings = new Dictionary<string, string?> { ["AzureWebJobs.TagModels_RetrainJob.Disabled"] = "true" };
        _writer = new KnowledgeApp(_azurite, settings, recordKeys: FixedRecordKeys.Zero);
        _reader = new KnowledgeApp(_azurite, settings, clock: _clock, recordKeys: FixedRecordKeys.Zero, storagePolicy: new StorageRequestCounter());
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
    public async Task A_repeated_county_read_with_no_writes_makes_one_query_of_the_countys_counter_versions()
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

        // First: the county's versions, then each municipality's counter rows. Repeated: the versions alone, one query
        // finding the one municipality written to. After a write in Karlskrona: the versions and Karlskrona's rows again.
        Assert.Equal([(Versions, 1), .. Enumerable.Repeat((Records, 0), municipalities)], Shape(first));
        Assert.Equal([(Versions, 1)], Shape(repeated));
        Assert.Equal([(Versions, 1), (Records, 0)], Shape(afterWrite));
        Assert.True(afterWrite.Single(r => r.Table == Records).Entities > 0, "Karlskrona's counter rows are read again");
    }

    [Fact]
    public async Task Kept_counter_rows_are_read_again_once_a_minute_old_even_under_an_unchanged_version()
    {
        var region = (await _reader.CreateReadyClientAsync()).As(Principals.Region(Blekinge));
        var municipalities = _reader.Services.GetRequiredService<ReferenceData>().MunicipalitiesIn(Blekinge).Count();
        await ReadsAsync(region);

        _clock.Now += TimeSpan.FromSeconds(59);
        var young = await ReadsAsync(region);
        _clock.Now += TimeSpan.FromSeconds(2);
        var old = await ReadsAsync(region);

        Assert.Equal([(Versions, 1)], Shape(young));
        Assert.Equal([(Versions, 1), .. Enumerable.Repeat((Records, 0), municipalities)], Shape(old));
    }

    // The table of each request in order, with 1 for the versions query (whatever it found) and 0 for any other.
    private static List<(string Table, int)> Shape(List<StorageRequest> requests) =>
        [.. requests.Select(r => (r.Table, r.Table == Versions ? 1 : 0))];

    private static async Task<List<StorageRequest>> ReadsAsync(HttpClient region) =>
        [.. (await StorageRequestCounter.MeasureAsync(() => RespondentsAsync(region, Blekinge))).Where(r => r.Table is Records or Versions)];

    private static async Task<int> RespondentsAsync(HttpClient region, string county) =>
        (await region.GetFromJsonAsync<JsonObject>($"/api/needs?county={county}"))!["total"]!["respondents"]!.GetValue<int>();
}
