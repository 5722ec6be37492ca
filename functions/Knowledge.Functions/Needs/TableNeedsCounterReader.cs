namespace Knowledge.Needs;

/// <summary>Reads a municipality's counter rows; <see cref="CachedNeedsCounterReader"/> decides when.</summary>
internal sealed class TableNeedsCounterReader(TableServiceClient tables)
{
    public async Task<IReadOnlyList<NeedsCounterRow>> ReadAsync(string municipality, string from, string to, CancellationToken cancellationToken)
    {
        // Row keys sort by month, so the period is one range within the municipality's partition.
        var low = $"{NeedsCell.RowKeyPrefix}{from}";
        var high = $"{NeedsCell.RowKeyPrefix}{to}.";
        var query = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {low} and RowKey lt {high}");
        var rows = new List<NeedsCounterRow>();
        await foreach (var row in tables.GetTableClient(Tables.MunicipalityRecords).QueryAsync<TableEntity>(query, cancellationToken: cancellationToken))
        {
            if (ParseCell(row.RowKey) is { } cell)
            {
                rows.Add(new NeedsCounterRow(cell, NeedsTally.Of(row.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))));
            }
        }

        return rows;
    }

    // count-{yyyy-MM}-{source}-{size}-{sector}; the size class itself may contain a hyphen ("10-49").
    private static NeedsCell? ParseCell(string rowKey)
    {
        var rest = rowKey[NeedsCell.RowKeyPrefix.Length..];
        if (rest.Length < 9)
        {
            return null;
        }

        var month = rest[..7];
        var parts = rest[8..].Split('-');
        return parts.Length < 3 ? null : new NeedsCell(month, parts[0], string.Join('-', parts[1..^1]), parts[^1]);
    }
}
