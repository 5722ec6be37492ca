using Azure;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Needs;
using Knowledge.Shared;
using Knowledge.Shared.Privacy;

namespace Knowledge.Surveys;

/// <summary>
/// Answers live in their municipality's partition, beside its counters and audit rows. The current revision
/// is the row <c>response-{id}</c> (so a retry or a read stays one point read); a correction first copies the
/// superseded revision to <c>revision-{id}-{n:D4}</c>, unchanged, in the same transaction. A withdrawal marks
/// the current row (<c>WithdrawnAt</c>) and clears its reference; an erasure deletes the current row and every revision
/// row. The office's reference is kept on the current row only, never copied to a revision row. Rows are read and
/// written as <see cref="SurveyResponseEntity"/> and <see cref="SurveyRevisionEntity"/>.
/// </summary>
internal sealed class TableSurveyResponseStore : ISurveyResponseStore
{
    private readonly CountedWrite _counted;

    private readonly MunicipalityRecordSet<SurveyResponseEntity, SurveyResponse> _responses;

    public TableSurveyResponseStore(TableServiceClient tables, CountedWrite counted, TimeProvider clock)
    {
        _responses = new(tables, clock, SurveyResponseEntity.RowPrefix, entity => entity.ToResponse());
        _counted = counted;
    }

    public async Task<bool> TryAddAsync(SurveyResponse response, AuditEntry audit, CancellationToken cancellationToken)
    {
        await _responses.IndexAsync(response.Municipality, response.ResponseId, OrganisationNumbersIn(response), cancellationToken);
        return await _counted.SubmitAsync(
            response.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.Add, SurveyResponseEntity.Of(response)),
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
        return await _counted.SubmitAsync(
            current.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, SurveyResponseEntity.Of(revised), new ETag(current.ETag!)),
                new TableTransactionAction(TableTransactionActionType.Add, SurveyRevisionEntity.Of(current, revised.RevisedAt)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(current.Municipality, audit)),
            ],
            NeedsChange.Replace(current.ToContribution(), revised.ToContribution()),
            cancellationToken);
    }

    public Task<bool> TryWithdrawAsync(SurveyResponse current, DateTimeOffset at, AuditEntry audit, CancellationToken cancellationToken)
    {
        // Replaced whole, since a merge cannot remove a property: the reference goes, as nobody can read it any more.
        var withdrawn = SurveyResponseEntity.Of(current with { WithdrawnAt = at, Reference = null });
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
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, SurveyResponseEntity.Of(changed), new ETag(current.ETag!)),
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
            new TableTransactionAction(TableTransactionActionType.Delete, new SurveyResponseEntity { PartitionKey = current.Municipality, RowKey = _responses.RowKey(current.ResponseId) }, new ETag(current.ETag!)),
            .. revisions.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)),
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
        var revisions = new Dictionary<Guid, List<SurveyRevisionEntity>>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {SurveyRevisionEntity.RowPrefix} and RowKey lt {"revision."}");
        await foreach (var row in _responses.Table.QueryAsync<SurveyRevisionEntity>(filter, cancellationToken: cancellationToken))
        {
            var responseId = Guid.Parse(row.ResponseId!);
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

    private static HashSet<string> OrganisationNumbersIn(SurveyResponse answer, IEnumerable<SurveyRevisionEntity> revisions) =>
        [.. OrganisationNumbersIn(answer), .. revisions.SelectMany(row => OrganisationNumber.FindIn(row.Data))];

    private async Task<List<SurveyRevisionEntity>> RevisionsAsync(string municipality, Guid responseId, CancellationToken cancellationToken)
    {
        var prefix = SurveyRevisionEntity.RowKeyPrefixOf(responseId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "."}");
        var rows = new List<SurveyRevisionEntity>();
        await foreach (var row in _responses.Table.QueryAsync<SurveyRevisionEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
