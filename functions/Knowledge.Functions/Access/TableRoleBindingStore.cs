using Azure;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Shared;
using Knowledge.Shared.Http;

namespace Knowledge.Access;

internal sealed class TableRoleBindingStore(TableServiceClient tables) : IRoleBindingStore
{
    private const string Partition = "bindings";
    private const string RowPrefix = "user-";

    private TableClient Table => tables.GetTableClient(Tables.Access);

    public async Task<RoleBinding?> GetAsync(string user, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(user), cancellationToken: cancellationToken);
        return response.HasValue ? ToBinding(response.Value!) : null;
    }

    public async Task<IReadOnlyList<RoleBinding>> ListAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {RowPrefix} and RowKey lt {"user."}");
        var bindings = new List<RoleBinding>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            bindings.Add(ToBinding(entity));
        }

        return bindings;
    }

    public async Task PutAsync(RoleBinding binding, AuditEntry audit, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, RowKey(binding.User))
        {
            ["User"] = binding.User,
            ["Roles"] = string.Join(' ', binding.Roles),
            ["UpdatedAt"] = binding.UpdatedAt.UtcDateTime,
        };
        await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity),
                new TableTransactionAction(TableTransactionActionType.Add, AuditRecord.ToEntity(Partition, audit)),
            ],
            cancellationToken);
    }

    public async Task<bool> DeleteAsync(string user, AuditEntry audit, CancellationToken cancellationToken)
    {
        try
        {
            await Table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partition, RowKey(user)), ETag.All),
                    new TableTransactionAction(TableTransactionActionType.Add, AuditRecord.ToEntity(Partition, audit)),
                ],
                cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    // Sign-in names are compared case-insensitively, as identity providers treat them.
    private static string RowKey(string user) => RowPrefix + user.Trim().ToLowerInvariant();

    private static RoleBinding ToBinding(TableEntity entity) =>
        new(
            entity.GetString("User") ?? entity.RowKey[RowPrefix.Length..],
            (entity.GetString("Roles") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            entity.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
