using Azure.Data.Tables;

namespace Knowledge.Tests.Infrastructure;

/// <summary>Where texts are kept in storage: every string property of every row of every table that contains one of them.</summary>
internal static class StoredText
{
    /// <summary>"table/partition/row/property contains 'text'" for each hit, case-insensitive.</summary>
    public static async Task<List<string>> FindAsync(TableServiceClient tables, params string[] texts)
    {
        var found = new List<string>();
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                foreach (var (key, value) in row)
                {
                    if (value is string text && texts.FirstOrDefault(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)) is { } hit)
                    {
                        found.Add($"{table.Name}/{row.PartitionKey}/{row.RowKey}/{key} contains '{hit}'");
                    }
                }
            }
        }

        return found;
    }
}
