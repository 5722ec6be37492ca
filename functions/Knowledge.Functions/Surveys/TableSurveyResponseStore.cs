using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Disclosure;
using Knowledge.Needs;
using Knowledge.Shared;
using Knowledge.Shared.Privacy;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// Answers live in their municipality's partition, beside its counters and audit rows. The current revision
/// is the row <c>response-{id}</c> (so a retry or a read stays one point read); a correction first copies the
/// superseded revision to <c>revision-{id}-{n:D4}</c>, unchanged, in the same transaction. A withdrawal marks
/// the current row (<c>WithdrawnAt</c>) and clears its reference; an erasure deletes the current row and every revision
/// row. The office's reference is kept on the current row only, never copied to a revision row.
/// </summary>
internal sealed class TableSurveyResponseStore : ISurveyResponseStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string RevisionPrefix = "revision-";

    private readonly CountedWrite _counted;

    private readonly MunicipalityRecordSet<TableEntity, SurveyResponse> _responses;

    public TableSurveyResponseStore(TableServiceClient tables, CountedWrite counted, TimeProvider clock)
    {
        _responses = new(tables, clock, "response-", FromEntity);
        _counted = counted;
    }

    public async Task<bool> TryAddAsync(SurveyResponse response, AuditEntry audit, CancellationToken cancellationToken)
    {
        await _responses.IndexAsync(response.Municipality, response.ResponseId, OrganisationNumbersIn(response), cancellationToken);
        return await _counted.SubmitAsync(
            response.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(response)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(response.Municipality, audit)),
            ],
            NeedsChange.Add(response.ToContribution()),
            cancellationToken);
    }

    public Task<SurveyResponse?> GetAsync(string municipality, Guid responseId, CancellationToken cancellationToken) =>
        _responses.GetAsync(municipality, responseId, cancellationToken);

    public Task<SurveyResponse?> FindAsync(Guid responseId, CancellationToken cancellationToken) =>
        _responses.FindAsync(responseId, cancellationToken);

    public IAsyncEnumerable<SurveyResponse> ReadAllAsync(string municipality, CancellationToken cancellationToken) =>
        _responses.ReadAllAsync(municipality, cancellationToken);

    public async Task<bool> TryReviseAsync(SurveyResponse current, SurveyResponse revised, AuditEntry audit, CancellationToken cancellationToken)
    {
        await _responses.IndexAsync(current.Municipality, current.ResponseId, OrganisationNumbersIn(revised), cancellationToken);
        var superseded = ToEntity(current);
        superseded.RowKey = RevisionRowKey(current.ResponseId, current.Revision);
        superseded["ResponseId"] = current.ResponseId.ToString("D");
        superseded["SupersededAt"] = revised.RevisedAt?.UtcDateTime;
        superseded.Remove("Reference");
        return await _counted.SubmitAsync(
            current.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(revised), new ETag(current.ETag!)),
                new TableTransactionAction(TableTransactionActionType.Add, superseded),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(current.Municipality, audit)),
            ],
            NeedsChange.Replace(current.ToContribution(), revised.ToContribution()),
            cancellationToken);
    }

    public Task<bool> TryWithdrawAsync(SurveyResponse current, DateTimeOffset at, AuditEntry audit, CancellationToken cancellationToken)
    {
        // Replaced whole, since a merge cannot remove a property: the reference goes, as nobody can read it any more.
        var withdrawn = ToEntity(current with { WithdrawnAt = at, Reference = null });
        return _counted.SubmitAsync(
            current.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, withdrawn, new ETag(current.ETag!)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(current.Municipality, audit)),
            ],
            NeedsChange.Remove(current.ToContribution()),
            cancellationToken);
    }

    public async Task<bool> TrySetReferenceAsync(SurveyResponse current, string? reference, AuditEntry audit, CancellationToken cancellationToken)
    {
        var changed = current with { Reference = reference };
        await _responses.IndexAsync(current.Municipality, current.ResponseId, OrganisationNumbersIn(changed), cancellationToken);
        return await _counted.SubmitAsync(
            current.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(changed), new ETag(current.ETag!)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(current.Municipality, audit)),
            ],
            NeedsChange.None,
            cancellationToken);
    }

    public async Task<int> TryEraseAsync(SurveyResponse current, AuditEntry audit, CancellationToken cancellationToken)
    {
        var revisions = await RevisionsAsync(current.Municipality, current.ResponseId, cancellationToken);
        IReadOnlyList<TableTransactionAction> actions =
        [
            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(current.Municipality, _responses.RowKey(current.ResponseId)), new ETag(current.ETag!)),
            .. revisions.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(current.Municipality, row.RowKey), ETag.All)),
            new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(current.Municipality, audit)),
        ];

        // A withdrawn answer no longer counts, so erasing it moves no counter.
        var erased = await _counted.SubmitAsync(
            current.Municipality,
            actions,
            current.IsWithdrawn ? NeedsChange.None : NeedsChange.Remove(current.ToContribution()),
            cancellationToken);
        if (!erased)
        {
            return 0;
        }

        await _responses.UnindexAsync(current.Municipality, current.ResponseId, OrganisationNumbersIn(current, revisions), cancellationToken);
        return 1 + revisions.Count;
    }

    public Task<IReadOnlyList<SurveyResponse>> FindByOrganisationNumberAsync(string organisationNumber, CancellationToken cancellationToken) =>
        _responses.FindNamingAsync(
            organisationNumber,
            async (answer, ct) => OrganisationNumbersIn(answer, await RevisionsAsync(answer.Municipality, answer.ResponseId, ct)).Contains(organisationNumber),
            cancellationToken);

    public async Task IndexAsync(string municipality, CancellationToken cancellationToken)
    {
        var revisions = new Dictionary<Guid, List<TableEntity>>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {RevisionPrefix} and RowKey lt {"revision."}");
        await foreach (var row in _responses.Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var responseId = Guid.Parse(row.GetString("ResponseId")!);
            if (!revisions.TryGetValue(responseId, out var rows))
            {
                revisions[responseId] = rows = [];
            }

            rows.Add(row);
        }

        await foreach (var answer in ReadAllAsync(municipality, cancellationToken))
        {
            var numbers = OrganisationNumbersIn(answer, revisions.GetValueOrDefault(answer.ResponseId) ?? []);
            await _responses.BackfillAsync(municipality, answer.ResponseId, numbers, cancellationToken);
        }
    }

    public async Task<int> CountRevisionsAsync(string municipality, Guid responseId, CancellationToken cancellationToken) =>
        (await RevisionsAsync(municipality, responseId, cancellationToken)).Count;

    // Answers carry no organisation number field; a number can only be in their text, current or superseded, or in the
    // office's reference, so that erasing a company by number finds the answer its reference names.
    private static IReadOnlySet<string> OrganisationNumbersIn(SurveyResponse answer) =>
        OrganisationNumber.FindIn(answer.Reference is null ? answer.Data.ToJsonString() : $"{answer.Data.ToJsonString()} {answer.Reference}");

    private static HashSet<string> OrganisationNumbersIn(SurveyResponse answer, IEnumerable<TableEntity> revisions) =>
        [.. OrganisationNumbersIn(answer), .. revisions.SelectMany(row => OrganisationNumber.FindIn(LargeText.Read(row, "Data")))];

    private static string RevisionRowKey(Guid responseId, int revision) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RevisionPrefix}{responseId:D}-{revision:D4}");

    private async Task<List<TableEntity>> RevisionsAsync(string municipality, Guid responseId, CancellationToken cancellationToken)
    {
        var prefix = $"{RevisionPrefix}{responseId:D}-";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "."}");
        var rows = new List<TableEntity>();
        await foreach (var row in _responses.Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The current revision's row; internal so benchmarks and tests can load many answers in batches.</summary>
    internal TableEntity ToEntity(SurveyResponse response)
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
            ["RecordKey"] = response.RecordKey,
            ["TextTags"] = JsonSerializer.Serialize(response.TextTags, Json),
            ["Revision"] = response.Revision,
            ["SubmittedBodyHash"] = response.Revision > 1 ? response.FirstBodyHash : null,
            ["RevisedAt"] = response.RevisedAt?.UtcDateTime,
            ["WithdrawnAt"] = response.WithdrawnAt?.UtcDateTime,
            ["Reference"] = response.Reference,
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
            entity.GetString("BodyHash") ?? "",
            entity.GetInt64("RecordKey") ?? RecordKeys.Of(_responses.IdOf(entity)),
            entity.GetInt32("Revision") ?? 1,
            entity.GetDateTimeOffset("RevisedAt"),
            entity.GetDateTimeOffset("WithdrawnAt"),
            entity.ETag.ToString(),
            entity.GetString("SubmittedBodyHash"),
            entity.GetString("Reference"));
}
