using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Shared;

namespace Knowledge.Tagging.Proposals;

/// <summary>
/// One partition holds the proposals (<c>proposal-{id}</c>), the current edition (<c>current</c>), every accepted
/// edition (<c>edition-{version}</c>) and the audit rows, so an acceptance commits in one entity-group transaction.
/// </summary>
internal sealed class TableCodebookStore(TableServiceClient tables) : ICodebookStore
{
    private const string Partition = "codebook";
    private const string CurrentRow = "current";
    private const string ProposalPrefix = "proposal-";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables.GetTableClient(Tables.Codebook);

    public async Task<CodebookEdition?> CurrentAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, CurrentRow, cancellationToken: cancellationToken);
        return row.HasValue ? ToEdition(row.Value!) : null;
    }

    public async Task<bool> AddProposalAsync(StoredCodebookProposal proposal, AuditEntry audit, CancellationToken cancellationToken)
    {
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, ToEntity(proposal)),
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
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, ProposalPrefix + id.ToString("N"), cancellationToken: cancellationToken);
        return row.HasValue ? ToProposal(row.Value!) : null;
    }

    public async Task<IReadOnlyList<StoredCodebookProposal>> ListProposalsAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {ProposalPrefix} and RowKey lt {"proposal."}");
        var proposals = new List<StoredCodebookProposal>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            proposals.Add(ToProposal(entity));
        }

        return [.. proposals.OrderByDescending(p => p.ProposedAt)];
    }

    public async Task<bool> AcceptAsync(StoredCodebookProposal accepted, CodebookEdition next, CodebookEdition? current, AuditEntry audit, CancellationToken cancellationToken)
    {
        var currentRow = ToEntity(CurrentRow, next);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpdateReplace, ToEntity(accepted), new ETag(accepted.ETag!)),
            current is null
                ? new(TableTransactionActionType.Add, currentRow)
                : new(TableTransactionActionType.UpdateReplace, currentRow, new ETag(current.ETag!)),
            new(TableTransactionActionType.Add, ToEntity($"edition-{next.Version.ToString("D6", CultureInfo.InvariantCulture)}", next)),
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

    private static TableEntity ToEntity(StoredCodebookProposal proposal)
    {
        var entity = new TableEntity(Partition, ProposalPrefix + proposal.Id.ToString("N"))
        {
            ["Status"] = proposal.Status.ToString(),
            ["ProposedAt"] = proposal.ProposedAt.UtcDateTime,
            ["ProposedBy"] = proposal.ProposedBy,
            ["AcceptedAt"] = proposal.AcceptedAt?.UtcDateTime,
            ["AcceptedBy"] = proposal.AcceptedBy,
            ["AcceptedVersion"] = proposal.AcceptedVersion,
        };
        LargeText.Write(entity, "Proposal", JsonSerializer.Serialize(proposal.Proposal, Json));
        return entity;
    }

    private static StoredCodebookProposal ToProposal(TableEntity entity) =>
        new(
            Guid.ParseExact(entity.RowKey[ProposalPrefix.Length..], "N"),
            JsonSerializer.Deserialize<CodebookProposal>(LargeText.Read(entity, "Proposal"), Json)!,
            Enum.Parse<ProposalStatus>(entity.GetString("Status")!),
            entity.GetDateTimeOffset("ProposedAt")!.Value,
            entity.GetString("ProposedBy") ?? "",
            entity.GetDateTimeOffset("AcceptedAt"),
            entity.GetString("AcceptedBy"),
            entity.GetInt32("AcceptedVersion"),
            entity.ETag.ToString());

    private static TableEntity ToEntity(string rowKey, CodebookEdition edition)
    {
        var entity = new TableEntity(Partition, rowKey) { ["Version"] = edition.Version };
        LargeText.Write(entity, "Tags", JsonSerializer.Serialize(edition.Tags, Json));
        return entity;
    }

    private static CodebookEdition ToEdition(TableEntity entity) =>
        new(entity.GetInt32("Version")!.Value, JsonSerializer.Deserialize<List<CodebookTag>>(LargeText.Read(entity, "Tags"), Json)!, entity.ETag.ToString());
}
