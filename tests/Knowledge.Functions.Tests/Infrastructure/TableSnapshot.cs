using Azure.Data.Tables;

namespace Knowledge.Tests.Infrastructure;

/// <summary>Every row of every table in the account, by table, keys and ETag: two snapshots differ exactly when something was written.</summary>
internal static class TableSnapshot
{
    public static async Task<IReadOnlySet<string>> TakeAsync(TableServiceClient service)
    {
        var rows = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync())
        {
            var client = service.GetTableClient(table.Name);
            await foreach (var entity in client.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                rows.Add($"{table.Name} {entity.PartitionKey} {entity.RowKey} {entity.ETag}");
            }
        }

        return rows;
    }

    /// <summary>Rows added, changed or removed between two snapshots, as "+ row" and "- row".</summary>
    public static IReadOnlyList<string> Changes(IReadOnlySet<string> before, IReadOnlySet<string> after) =>
        [.. after.Except(before).Select(r => $"+ {r}"), .. before.Except(after).Select(r => $"- {r}")];
}
