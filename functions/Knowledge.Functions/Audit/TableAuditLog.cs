namespace Knowledge.Audit;

internal sealed class TableAuditLog(TableServiceClient tables) : IAuditLog
{
    public async Task<AuditPage> ListAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        var low = AuditRecord.RowKeyFrom(from);
        var high = AuditRecord.RowKeyFrom(to);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {low} and RowKey lt {high}");

        var entries = new List<AuditEntry>();
        var truncated = false;
        foreach (var table in Tables.Audited)
        {
            await foreach (var entity in tables.GetTableClient(table).QueryAsync<AuditEntity>(filter, cancellationToken: cancellationToken))
            {
                if (entries.Count == limit)
                {
                    truncated = true;
                    break;
                }

                entries.Add(entity.ToEntry());
            }
        }

        return new AuditPage([.. entries.OrderBy(e => e.At)], truncated);
    }
}
