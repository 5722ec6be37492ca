using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Needs;
using Knowledge.Shared;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>Answers live in their municipality's partition, beside its counters and audit rows.</summary>
internal sealed class TableSurveyResponseStore(TableServiceClient tables) : ISurveyResponseStore
{
    private const string RowPrefix = "response-";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables.GetTableClient(Tables.MunicipalityRecords);

    public Task<bool> TryAddAsync(SurveyResponse response, AuditEntry audit, CancellationToken cancellationToken)
    {
        var contribution = NeedsContributions.Of(response);
        return CountedWrite.SubmitAsync(
            Table,
            response.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(response)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditRecord.ToEntity(response.Municipality, audit)),
            ],
            contribution.Cell,
            counter => NeedsCounter.Apply(counter, contribution, +1),
            cancellationToken);
    }

    public async Task<SurveyResponse?> GetAsync(string municipality, Guid responseId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(municipality, RowKey(responseId), cancellationToken: cancellationToken);
        return entity.HasValue ? FromEntity(entity.Value!) : null;
    }

    public async Task<SurveyResponse?> FindAsync(Guid responseId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey(responseId)}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return FromEntity(entity);
        }

        return null;
    }

    public async Task<IReadOnlyList<SurveyResponse>> ListAsync(string municipality, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {RowPrefix} and RowKey lt {"response."}");
        var responses = new List<SurveyResponse>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            responses.Add(FromEntity(entity));
        }

        return responses;
    }

    private static string RowKey(Guid responseId) => RowPrefix + responseId.ToString("D");

    private static TableEntity ToEntity(SurveyResponse response)
    {
        var entity = new TableEntity(response.Municipality, RowKey(response.ResponseId))
        {
            ["SurveyId"] = response.SurveyId,
            ["SurveyVersion"] = response.SurveyVersion,
            ["County"] = response.County,
            ["SubmittedAt"] = response.SubmittedAt.UtcDateTime,
            ["SubmittedBy"] = response.SubmittedBy,
            ["SizeClass"] = response.SizeClass,
            ["Sector"] = response.Sector,
            ["Challenges"] = string.Join(' ', response.Challenges),
            ["BodyHash"] = response.BodyHash,
            ["TextTags"] = JsonSerializer.Serialize(response.TextTags, Json),
        };
        LargeText.Write(entity, "Data", response.Data.ToJsonString());
        return entity;
    }

    private static SurveyResponse FromEntity(TableEntity entity) =>
        new(
            Guid.Parse(entity.RowKey.AsSpan(RowPrefix.Length)),
            entity.GetString("SurveyId")!,
            entity.GetInt32("SurveyVersion") ?? 0,
            entity.PartitionKey,
            entity.GetString("County")!,
            entity.GetDateTimeOffset("SubmittedAt") ?? DateTimeOffset.MinValue,
            entity.GetString("SubmittedBy") ?? "",
            entity.GetString("SizeClass"),
            entity.GetString("Sector"),
            (entity.GetString("Challenges") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            JsonNode.Parse(LargeText.Read(entity, "Data"))!.AsObject(),
            JsonSerializer.Deserialize<Dictionary<string, TaggingResult>>(entity.GetString("TextTags") ?? "{}", Json)!,
            entity.GetString("BodyHash") ?? "");
}
