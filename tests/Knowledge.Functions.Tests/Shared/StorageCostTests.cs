using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Notes;
using Knowledge.Reference;
using Knowledge.Surveys;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Knowledge.Tests.Shared;

/// <summary>
/// Lookups whose cost does not grow with the data. With 50 records stored and with 2,000 (half answers, half notes,
/// over 40 municipalities, each note with its own organisation number that its company's answer mentions), a note by
/// id as staff, an answer by id as admin and an erasure by organisation number make the same storage requests and
/// read the same number of entities, every request within one partition.
/// </summary>
public sealed class StorageCostTests(StorageCostTests.CountingEnvironment env, ITestOutputHelper output) : IClassFixture<StorageCostTests.CountingEnvironment>
{
    private const int Few = 50;
    private const int Many = 2_000;
    private const int Municipalities = 40;

    [Fact]
    public async Task Reading_by_id_and_erasing_by_organisation_number_cost_the_same_with_50_or_2000_records_stored()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var admin = await env.ClientAsync(Principals.Admin());
        var places = env.App.Services.GetRequiredService<ReferenceData>().Municipalities.OrderBy(m => m.Code, StringComparer.Ordinal).Take(Municipalities).ToList();
        var read = Company(0, places);
        var erasedFirst = Company(1, places);
        var erasedLast = Company(2, places);
        await StoreAsync([read, erasedFirst, erasedLast, .. Enumerable.Range(3, Few / 2 - 3).Select(i => Company(i, places))]);

        var few = await MeasureAsync(staff, admin, read, erasedFirst);
        await StoreAsync([.. Enumerable.Range(Few / 2, (Many - Few) / 2).Select(i => Company(i, places))]);
        var many = await MeasureAsync(staff, admin, read, erasedLast);

        foreach (var (endpoint, requests) in many)
        {
            output.WriteLine($"{endpoint}: {few[endpoint].Count} requests, {few[endpoint].Sum(r => r.Entities)} entities with {Few} records; {requests.Count} requests, {requests.Sum(r => r.Entities)} entities with {Many}");
            Assert.Equal(few[endpoint].Select(r => r.ToString()), requests.Select(r => r.ToString()));
            Assert.All(requests, r => Assert.True(r.InOnePartition, $"{endpoint}: {r}"));
        }
    }

    private async Task<Dictionary<string, IReadOnlyList<StorageRequest>>> MeasureAsync(HttpClient staff, HttpClient admin, StoredCompany read, StoredCompany erased)
    {
        var costs = new Dictionary<string, IReadOnlyList<StorageRequest>>();
        costs["GET /api/notes/{id} as staff"] = await StorageRequestCounter.MeasureAsync(async () =>
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/notes/{read.Note.NoteId}")).StatusCode));
        costs["GET /api/surveys/sme-needs/responses/{id} as admin"] = await StorageRequestCounter.MeasureAsync(async () =>
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/surveys/sme-needs/responses/{read.Answer.ResponseId}")).StatusCode));
        costs["POST /api/erasures by organisation number"] = await StorageRequestCounter.MeasureAsync(async () =>
        {
            var result = (await (await admin.PostAsJsonAsync("/api/erasures", new { organisationNumber = erased.OrganisationNumber })).Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal(2, result["erased"]!.GetValue<int>());
        });
        return costs;
    }

    /// <summary>In table batches, then indexed as the rebuild's backfill indexes what was stored before the index.</summary>
    private async Task StoreAsync(IReadOnlyList<StoredCompany> companies)
    {
        var municipalities = await StoredRecords.AddAsync(env.Tables, companies.Select(c => c.Note), companies.Select(c => c.Answer));
        var responses = env.App.Services.GetRequiredService<ISurveyResponseStore>();
        var notes = env.App.Services.GetRequiredService<INoteStore>();
        await Parallel.ForEachAsync(municipalities, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (municipality, ct) =>
        {
            await responses.IndexAsync(municipality, ct);
            await notes.IndexAsync(municipality, ct);
        });
    }

    /// <summary>Company <paramref name="i"/>: a note naming its number and an answer whose text holds it, in two municipalities.</summary>
    private static StoredCompany Company(int i, IReadOnlyList<Municipality> places)
    {
        var number = StoredRecords.OrganisationNumber(i);
        var (notePlace, answerPlace) = (places[i % places.Count], places[(i + 1) % places.Count]);
        return new StoredCompany(
            number,
            StoredRecords.Note(notePlace.Code, notePlace.CountyCode, number),
            StoredRecords.Answer(answerPlace.Code, answerPlace.CountyCode, $"Vi (org.nr {number.Replace("-", "", StringComparison.Ordinal)}) behöver lån till en ny maskin."));
    }

    private sealed record StoredCompany(string OrganisationNumber, Note Note, SurveyResponse Answer);

    /// <summary>An Azurite and an app of their own, whose table client counts what it sends.</summary>
    public sealed class CountingEnvironment : TestEnvironment
    {
        protected override KnowledgeApp CreateApp() =>
            new(Azurite, settings: new Dictionary<string, string?> { ["AzureWebJobs.TagModels_RetrainJob.Disabled"] = "true" }, recordKeys: FixedRecordKeys.Zero, storagePolicy: new StorageRequestCounter());
    }
}
