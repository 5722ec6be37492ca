namespace Knowledge.Needs;

/// <summary>
/// Each municipality's counter version, in a table of its own with one row per municipality. Every write that changes a
/// municipality's counters gives it a fresh version once its transaction has committed and before the write is
/// acknowledged, so an instance that finds a version unchanged may use the counter rows it kept. A county's versions are
/// one range query (municipality codes begin with their county's), whose cost stays flat as answers grow; the records'
/// table grows with them, and Azurite scans a whole table even for a point read.
/// </summary>
internal sealed class CounterVersions(TableServiceClient tables)
{
    private const string Partition = CounterVersionEntity.Partition;

    private TableClient Table => tables.GetTableClient(Tables.NeedsVersions);

    /// <summary>A fresh value, not an increment, so concurrent writers never conflict on it.</summary>
    public Task ChangeAsync(string municipality, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new CounterVersionEntity { RowKey = municipality, Version = Guid.NewGuid() }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>The versions of the county's municipalities whose counters ever changed.</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> ReadCountyAsync(string county, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {county} and RowKey lt {county + "~"}");
        var versions = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<CounterVersionEntity>(filter, select: [nameof(CounterVersionEntity.RowKey), nameof(CounterVersionEntity.Version)], cancellationToken: cancellationToken))
        {
            if (row.Version is { } version)
            {
                versions[row.RowKey] = version;
            }
        }

        return versions;
    }
}
