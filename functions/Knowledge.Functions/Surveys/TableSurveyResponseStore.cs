using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Needs;
using Knowledge.Shared;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>Answers live in their municipality's partition, beside its counters and audit rows.</summary>
internal sealed class TableSurveyResponseStore : ISurveyResponseStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly MunicipalityRecordSet<SurveyResponse> _responses;

    public TableSurveyResponseStore(TableServiceClient tables) => _responses = new(tables, "response-", FromEntity);

    public Task<bool> TryAddAsync(SurveyResponse response, AuditEntry audit, CancellationToken cancellationToken) =>
        _responses.TryAddAsync(ToEntity(response), audit, NeedsContributions.Of(response), cancellationToken);

    public Task<SurveyResponse?> GetAsync(string municipality, Guid responseId, CancellationToken cancellationToken) =>
        _responses.GetAsync(municipality, responseId, cancellationToken);

    public Task<SurveyResponse?> FindAsync(Guid responseId, CancellationToken cancellationToken) =>
        _responses.FindAsync(responseId, cancellationToken);

    public Task<IReadOnlyList<SurveyResponse>> ListAsync(string municipality, CancellationToken cancellationToken) =>
        _responses.ListAsync(municipality, cancellationToken);

    private TableEntity ToEntity(SurveyResponse response)
    {
        var entity = new TableEntity(response.Municipality, _responses.RowKey(response.ResponseId))
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

    private SurveyResponse FromEntity(TableEntity entity) =>
        new(
            _responses.IdOf(entity),
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
