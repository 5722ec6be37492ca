using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Notes;
using Knowledge.Surveys;
using Knowledge.Tagging;

namespace Knowledge.Tests.Infrastructure;

/// <summary>Notes and answers written straight to table storage, in batches, as records stored before the lookup index.</summary>
internal static class StoredRecords
{
    public static Note Note(string municipality, string county, string organisationNumber) =>
        new(Guid.NewGuid(), municipality, county, new DateOnly(2026, 10, 5), new CompanyFacts("Företag AB", organisationNumber, "10-49", "C"),
            "Banken lånar inte ut till en ny maskin.", 0, new TaggingResult("rules", []), null, DateTimeOffset.UtcNow, "seed", "hash", 0);

    public static SurveyResponse Answer(string municipality, string county, string needs) =>
        new(Guid.NewGuid(), "sme-needs", 1, municipality, county, DateTimeOffset.UtcNow, "seed", "10-49", "C", ["financing"],
            new JsonObject
            {
                ["municipality"] = municipality,
                ["sizeClass"] = "10-49",
                ["sector"] = "C",
                ["challenges"] = new JsonArray("financing"),
                ["needs"] = needs,
            },
            new Dictionary<string, TaggingResult>(), "hash", 0);

    /// <summary>A legal entity's number (third digit 6): 556, <paramref name="i"/> in six digits, the Luhn check digit.</summary>
    public static string OrganisationNumber(int i)
    {
        var digits = $"556{i:D6}";
        var sum = digits.Select((c, at) => (c - '0') * (at % 2 == 0 ? 2 : 1)).Sum(d => d / 10 + d % 10);
        return $"{digits[..6]}-{digits[6..]}{(10 - sum % 10) % 10}";
    }

    /// <summary>Adds the rows in batches of 100 per municipality, without index rows or counters; returns the municipalities written to.</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(TableServiceClient tables, IEnumerable<Note> notes, IEnumerable<SurveyResponse> answers)
    {
        var table = tables.GetTableClient("MunicipalityRecords");
        var byMunicipality = notes.Select(ITableEntity (note) => NoteEntity.Of(note)).Concat(answers.Select(SurveyResponseEntity.Of)).GroupBy(row => row.PartitionKey).ToList();
        await Parallel.ForEachAsync(byMunicipality, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (rows, ct) =>
        {
            foreach (var batch in rows.Chunk(100))
            {
                await table.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)), ct);
            }
        });
        return [.. byMunicipality.Select(rows => rows.Key)];
    }
}
