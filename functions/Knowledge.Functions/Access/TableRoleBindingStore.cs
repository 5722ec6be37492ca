using Azure;
using Knowledge.Audit;

namespace Knowledge.Access;

internal sealed class TableRoleBindingStore(TableServiceClient tables) : IRoleBindingStore
{
    private const string Partition = RoleBindingEntity.Partition;

    private TableClient Table => tables.GetTableClient(Tables.Access);

    public async Task<RoleBinding?> GetAsync(string user, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<RoleBindingEntity>(Partition, RoleBindingEntity.RowKeyOf(user), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToBinding() : null;
    }

    public async Task<IReadOnlyList<RoleBinding>> ListAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {RoleBindingEntity.RowPrefix} and RowKey lt {"user."}");
        var bindings = new List<RoleBinding>();
        await foreach (var entity in Table.QueryAsync<RoleBindingEntity>(filter, cancellationToken: cancellationToken))
        {
            bindings.Add(entity.ToBinding());
        }

        return bindings;
    }

    public async Task PutAsync(RoleBinding binding, AuditEntry audit, CancellationToken cancellationToken) =>
        await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, RoleBindingEntity.Of(binding)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)),
            ],
            cancellationToken);

    public async Task<bool> DeleteAsync(string user, AuditEntry audit, CancellationToken cancellationToken)
    {
        try
        {
            await Table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Delete, new RoleBindingEntity { RowKey = RoleBindingEntity.RowKeyOf(user) }, ETag.All),
                    new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)),
                ],
                cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }
}
