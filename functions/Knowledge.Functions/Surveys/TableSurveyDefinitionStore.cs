using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Knowledge.Shared;

namespace Knowledge.Surveys;

/// <summary>Partition per survey, a row per version ("v000001"), so the latest is the last row of one partition.</summary>
internal sealed class TableSurveyDefinitionStore(TableServiceClient tables) : ISurveyDefinitionStore
{
    private const string RowPrefix = "v";

    // Published versions never change, so a parsed version can be kept for the life of the process.
    private readonly ConcurrentDictionary<(string, int), SurveyDefinition> _versions = new();

    private TableClient Table => tables.GetTableClient(Tables.Surveys);

    public async Task<IReadOnlyList<SurveyDefinition>> ListLatestAsync(CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, TableEntity>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            latest[entity.PartitionKey] = entity; // rows come in key order, so the last per partition is the latest
        }

        var definitions = new List<SurveyDefinition>();
        foreach (var entity in latest.Values)
        {
            definitions.Add((await GetAsync(entity.PartitionKey, ParseVersion(entity.RowKey), cancellationToken))!);
        }

        return definitions;
    }

    public async Task<SurveyDefinition?> GetAsync(string surveyId, int? version, CancellationToken cancellationToken)
    {
        version ??= await LatestVersionAsync(surveyId, cancellationToken);
        if (version is not { } v)
        {
            return null;
        }

        if (_versions.TryGetValue((surveyId, v), out var cached))
        {
            return cached;
        }

        var response = await Table.GetEntityIfExistsAsync<TableEntity>(surveyId, RowKey(v), cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var entity = response.Value!;
        var definition = new SurveyDefinition(
            surveyId,
            v,
            entity.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.MinValue,
            JsonNode.Parse(LargeText.Read(entity, "Definition"))!.AsObject());
        return _versions.GetOrAdd((surveyId, v), definition);
    }

    public async Task<bool> TryPublishAsync(SurveyDefinition definition, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(definition.Id, RowKey(definition.Version))
        {
            ["PublishedAt"] = definition.PublishedAt.UtcDateTime,
        };
        LargeText.Write(entity, "Definition", definition.Definition.ToJsonString());
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    private async Task<int?> LatestVersionAsync(string surveyId, CancellationToken cancellationToken)
    {
        int? latest = null;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {surveyId}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            latest = ParseVersion(entity.RowKey);
        }

        return latest;
    }

    private static string RowKey(int version) => RowPrefix + version.ToString("D6", CultureInfo.InvariantCulture);

    private static int ParseVersion(string rowKey) => int.Parse(rowKey.AsSpan(RowPrefix.Length), CultureInfo.InvariantCulture);
}
