using Azure.Data.Tables;

namespace Knowledge.Tests.Infrastructure;

/// <summary>
/// What a stored row looks like: its property names and value types, keys and system properties left out. Two rows of
/// the same kind, one written as a hand-built fixture in the format stored today and one by a store's typed entity,
/// have the same shape, so a renamed or retyped property fails.
/// </summary>
internal static class StoredFormat
{
    public static async Task<TableClient> TableAsync(TestEnvironment env, string name)
    {
        var table = env.Tables.GetTableClient(name);
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public static async Task<IReadOnlyList<string>> ShapeAsync(TableClient table, string partitionKey, string rowKey)
    {
        var row = (await table.GetEntityAsync<TableEntity>(partitionKey, rowKey)).Value;
        return row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            .Select(p => $"{p.Key}: {p.Value.GetType().Name}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The shapes of the fixture row and the row written through the store, to compare.</summary>
    public static async Task<(IReadOnlyList<string> Fixture, IReadOnlyList<string> Written)> ShapesAsync(
        TableClient table, TableEntity fixture, string writtenPartitionKey, string writtenRowKey) =>
        (await ShapeAsync(table, fixture.PartitionKey, fixture.RowKey), await ShapeAsync(table, writtenPartitionKey, writtenRowKey));
}
