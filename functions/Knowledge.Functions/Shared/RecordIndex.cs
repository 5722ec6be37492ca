using Azure;

namespace Knowledge.Shared;

/// <summary>A record the index names under an organisation number, and when that index row was written.</summary>
internal sealed record IndexedRecord(string Municipality, string RowKey, DateTimeOffset? IndexedAt);

/// <summary>
/// Table <c>RecordIndex</c>: which municipality holds a note or an answer, and which of them name an organisation
/// number, so a lookup without the municipality reads one partition, never every one. Partition <c>{row key}</c>
/// (<c>note-{id}</c>, <c>response-{id}</c>) has one row per municipality; partition <c>org-{number}</c> one row
/// <c>{row key}-{municipality}</c> per record naming the number. The number is kept as the records keep it:
/// normalised and in plain (a sole trader's is stored masked, so never indexed).
/// <para>
/// An index row cannot join its record's transaction (another partition), hence the rule: the index rows are written
/// first (idempotent upserts), then the record; a lookup reads the index, then point-reads the record, and an index
/// row whose record is missing (never committed, or erased) reads as not found; erasure deletes the record, then its
/// index rows.
/// </para>
/// </summary>
internal sealed class RecordIndex(TableServiceClient tables)
{
    private const string OrganisationPrefix = "org-";

    private TableClient Table => tables.GetTableClient(Tables.RecordIndex);

    public async Task AddAsync(string municipality, string rowKey, IEnumerable<string> organisationNumbers, CancellationToken cancellationToken)
    {
        await Table.UpsertEntityAsync(new IndexEntity { PartitionKey = rowKey, RowKey = municipality }, TableUpdateMode.Replace, cancellationToken);
        foreach (var number in organisationNumbers)
        {
            await Table.UpsertEntityAsync(new IndexEntity { PartitionKey = OrganisationPrefix + number, RowKey = $"{rowKey}-{municipality}" }, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>The municipalities the index places the record in, in code order (normally one).</summary>
    public async Task<IReadOnlyList<string>> MunicipalitiesOfAsync(string rowKey, CancellationToken cancellationToken)
    {
        var municipalities = new List<string>();
        await foreach (var row in Table.QueryAsync<IndexEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {rowKey}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            municipalities.Add(row.RowKey);
        }

        return municipalities;
    }

    /// <summary>The records whose row keys start with <paramref name="rowPrefix"/> that the index names under the number.</summary>
    public async Task<IReadOnlyList<IndexedRecord>> NamingAsync(string organisationNumber, string rowPrefix, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {OrganisationPrefix + organisationNumber} and RowKey ge {rowPrefix} and RowKey lt {rowPrefix[..^1] + "."}");
        var records = new List<IndexedRecord>();
        await foreach (var row in Table.QueryAsync<IndexEntity>(filter, cancellationToken: cancellationToken))
        {
            var split = row.RowKey.LastIndexOf('-');
            records.Add(new IndexedRecord(row.RowKey[(split + 1)..], row.RowKey[..split], row.Timestamp));
        }

        return records;
    }

    public async Task RemoveAsync(string municipality, string rowKey, IEnumerable<string> organisationNumbers, CancellationToken cancellationToken)
    {
        foreach (var number in organisationNumbers)
        {
            await RemoveAsync(number, new IndexedRecord(municipality, rowKey, null), cancellationToken);
        }

        await Table.DeleteEntityAsync(rowKey, municipality, ETag.All, cancellationToken);
    }

    public Task RemoveAsync(string organisationNumber, IndexedRecord record, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(OrganisationPrefix + organisationNumber, $"{record.RowKey}-{record.Municipality}", ETag.All, cancellationToken);
}
