using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Shared;

namespace Knowledge.Surveys;

/// <summary>
/// Partition per survey, a row per published version ("v000001"), so the latest is the last "v" row of one partition.
/// The draft of the next version ("draft-000003") and the audit rows ("audit-…") sort before the versions. Rows are read
/// and written as <see cref="PublishedSurveyEntity"/> and <see cref="SurveyDraftEntity"/>.
/// </summary>
internal sealed class TableSurveyDefinitionStore(TableServiceClient tables) : ISurveyDefinitionStore
{
    // Published versions never change, so a parsed version can be kept for the life of the process.
    private readonly ConcurrentDictionary<(string, int), SurveyDefinition> _versions = new();

    private TableClient Table => tables.GetTableClient(Tables.Surveys);

    public async Task<IReadOnlyList<SurveyDefinition>> ListLatestAsync(CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, PublishedSurveyEntity>();
        var published = TableClient.CreateQueryFilter($"RowKey ge {PublishedSurveyEntity.RowPrefix} and RowKey lt {PublishedSurveyEntity.RowEnd}");
        await foreach (var entity in Table.QueryAsync<PublishedSurveyEntity>(published, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            latest[entity.PartitionKey] = entity; // rows come in key order, so the last per partition is the latest
        }

        var definitions = new List<SurveyDefinition>();
        foreach (var entity in latest.Values)
        {
            definitions.Add((await GetAsync(entity.PartitionKey, entity.Version, cancellationToken))!);
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

        var response = await Table.GetEntityIfExistsAsync<PublishedSurveyEntity>(surveyId, PublishedSurveyEntity.RowKeyOf(v), cancellationToken: cancellationToken);
        return response.HasValue ? _versions.GetOrAdd((surveyId, v), response.Value!.ToDefinition()) : null;
    }

    public async Task<bool> TryPublishAsync(SurveyDefinition definition, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(PublishedSurveyEntity.Of(definition), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<SurveyDraft?> GetDraftAsync(string surveyId, CancellationToken cancellationToken)
    {
        // "draft." is the key just after every "draft-…".
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {surveyId} and RowKey gt {SurveyDraftEntity.RowPrefix} and RowKey lt {"draft."}");
        await foreach (var entity in Table.QueryAsync<SurveyDraftEntity>(filter, cancellationToken: cancellationToken))
        {
            return entity.ToDraft();
        }

        return null;
    }

    public async Task<WriteOutcome<SurveyDraft>> AddDraftAsync(SurveyDraft draft, AuditEntry audit, CancellationToken cancellationToken)
    {
        // A draft of another version would be a second draft: only one at a time.
        if (await GetDraftAsync(draft.Id, cancellationToken) is { } existing)
        {
            return new WriteOutcome<SurveyDraft>(WriteStatus.Conflict, existing, Detail: $"Survey '{draft.Id}' already has a draft of version {existing.Version}.");
        }

        return await WriteDraftAsync(draft, new TableTransactionAction(TableTransactionActionType.Add, SurveyDraftEntity.Of(draft)), audit, cancellationToken);
    }

    public Task<WriteOutcome<SurveyDraft>> UpdateDraftAsync(SurveyDraft draft, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken) =>
        WriteDraftAsync(
            draft,
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, SurveyDraftEntity.Of(draft), ifMatch is null ? ETag.All : new ETag(ifMatch)),
            audit,
            cancellationToken);

    public async Task<WriteOutcome<SurveyDefinition>> PublishDraftAsync(
        SurveyDefinition published, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken)
    {
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, PublishedSurveyEntity.Of(published)),
            new(TableTransactionActionType.Delete, new SurveyDraftEntity { PartitionKey = published.Id, RowKey = SurveyDraftEntity.RowKeyOf(published.Version) }, ifMatch is null ? ETag.All : new ETag(ifMatch)),
            new(TableTransactionActionType.Add, AuditEntity.Of(published.Id, audit)),
        ];
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return new WriteOutcome<SurveyDefinition>(WriteStatus.Created, published);
        }
        catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex is 0 or 1)
        {
            return ex.FailedTransactionActionIndex == 0 || ex.Status == 409
                ? WriteOutcome<SurveyDefinition>.Fail(WriteStatus.Conflict, $"Version {published.Version} of survey '{published.Id}' is already published; published versions are immutable.")
                : ex.Status == 404
                    ? WriteOutcome<SurveyDefinition>.Fail(WriteStatus.NotFound, $"Survey '{published.Id}' has no draft of version {published.Version}.")
                    : WriteOutcome<SurveyDefinition>.Fail(WriteStatus.PreconditionFailed, "The draft was changed by someone else since you read it; reload it and try again.");
        }
    }

    private async Task<WriteOutcome<SurveyDraft>> WriteDraftAsync(SurveyDraft draft, TableTransactionAction action, AuditEntry audit, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Table.SubmitTransactionAsync([action, new(TableTransactionActionType.Add, AuditEntity.Of(draft.Id, audit))], cancellationToken);
            var etag = response.Value.Count > 0 && response.Value[0].Headers.ETag is { } written ? written.ToString() : null;
            return new WriteOutcome<SurveyDraft>(action.ActionType == TableTransactionActionType.Add ? WriteStatus.Created : WriteStatus.Updated, draft with { ETag = etag });
        }
        catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status is 404 or 409 or 412)
        {
            return ex.Status switch
            {
                409 => WriteOutcome<SurveyDraft>.Fail(WriteStatus.Conflict, $"Survey '{draft.Id}' already has a draft of version {draft.Version}."),
                404 => WriteOutcome<SurveyDraft>.Fail(WriteStatus.NotFound, $"Survey '{draft.Id}' has no draft of version {draft.Version}."),
                _ => WriteOutcome<SurveyDraft>.Fail(WriteStatus.PreconditionFailed, "The draft was changed by someone else since you read it; reload it and try again."),
            };
        }
    }

    private async Task<int?> LatestVersionAsync(string surveyId, CancellationToken cancellationToken)
    {
        int? latest = null;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {surveyId} and RowKey ge {PublishedSurveyEntity.RowPrefix} and RowKey lt {PublishedSurveyEntity.RowEnd}");
        await foreach (var entity in Table.QueryAsync<PublishedSurveyEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            latest = entity.Version;
        }

        return latest;
    }
}
