using Azure;
using Knowledge.Audit;

namespace Knowledge.Tagging.Proposals;

/// <summary>
/// One partition holds the proposals (<c>proposal-{id}</c>), the current edition (<c>current</c>), every accepted
/// edition (<c>edition-{version}</c>) and the audit rows, so an acceptance commits in one entity-group transaction.
/// </summary>
internal sealed class TableCodebookStore(TableServiceClient tables) : ICodebookStore
{
    private const string Partition = "codebook";
    private const string CurrentRow = "current";
    private const string ProposalPrefix = CodebookProposalEntity.RowPrefix;

    private TableClient Table => tables.GetTableClient(Tables.Codebook);

    public async Task<CodebookEdition?> CurrentAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<CodebookEditionEntity>(Partition, CurrentRow, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToEdition() : null;
    }

    public async Task<bool> AddProposalAsync(StoredCodebookProposal proposal, AuditEntry audit, CancellationToken cancellationToken)
    {
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, CodebookProposalEntity.Of(Partition, proposal)),
            new(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)),
        ];
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<StoredCodebookProposal?> FindProposalAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<CodebookProposalEntity>(Partition, CodebookProposalEntity.RowKeyOf(id), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToProposal() : null;
    }

    public async Task<IReadOnlyList<StoredCodebookProposal>> ListProposalsAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {ProposalPrefix} and RowKey lt {"proposal."}");
        var proposals = new List<StoredCodebookProposal>();
        await foreach (var entity in Table.QueryAsync<CodebookProposalEntity>(filter, cancellationToken: cancellationToken))
        {
            proposals.Add(entity.ToProposal());
        }

        return [.. proposals.OrderByDescending(p => p.ProposedAt)];
    }

    public async Task<bool> AcceptAsync(StoredCodebookProposal accepted, CodebookEdition next, CodebookEdition? current, AuditEntry audit, CancellationToken cancellationToken)
    {
        var currentRow = CodebookEditionEntity.Of(Partition, CurrentRow, next);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpdateReplace, CodebookProposalEntity.Of(Partition, accepted), new ETag(accepted.ETag!)),
            current is null
                ? new(TableTransactionActionType.Add, currentRow)
                : new(TableTransactionActionType.UpdateReplace, currentRow, new ETag(current.ETag!)),
            new(TableTransactionActionType.Add, CodebookEditionEntity.Of(Partition, $"edition-{next.Version.ToString("D6", CultureInfo.InvariantCulture)}", next)),
            new(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)),
        ];
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}
