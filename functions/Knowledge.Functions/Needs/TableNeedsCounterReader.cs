using Azure.Data.Tables;
using Knowledge.Shared;

namespace Knowledge.Needs;

internal sealed class TableNeedsCounterReader(TableServiceClient tables) : INeedsCounterReader
{
    public async Task<NeedsTally> SumAsync(string municipality, NeedsFilter filter, CancellationToken cancellationToken)
    {
        // Row keys sort by month, so the period is one range within the municipality's partition.
        var low = $"{NeedsCell.RowKeyPrefix}{filter.From}";
        var high = $"{NeedsCell.RowKeyPrefix}{filter.To}.";
        var query = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {low} and RowKey lt {high}");
        var tally = new NeedsTally();
        await foreach (var row in tables.GetTableClient(Tables.MunicipalityRecords).QueryAsync<TableEntity>(query, cancellationToken: cancellationToken))
        {
            if (ParseCell(row.RowKey) is { } cell && filter.Includes(cell))
            {
                tally.Add(row.Where(p => p.Value is int).ToDictionary(p => p.Key, p => (int)p.Value));
            }
        }

        return tally;
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
