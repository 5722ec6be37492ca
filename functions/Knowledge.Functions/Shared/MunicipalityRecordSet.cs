using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Needs;

namespace Knowledge.Shared;

/// <summary>
/// One kind of record (answers, notes) in the municipality partitions: rows "{prefix}{id}" beside the
/// partition's counters and audit rows. Adding one commits the record, its audit row and its counts together.
/// </summary>
internal sealed class MunicipalityRecordSet<T>(TableServiceClient tables, string rowPrefix, Func<TableEntity, T> read)
    where T : class
{
    public TableClient Table => tables.GetTableClient(Tables.MunicipalityRecords);

    public string RowKey(Guid id) => rowPrefix + id.ToString("D");

    public Guid IdOf(TableEntity entity) => Guid.Parse(entity.RowKey.AsSpan(rowPrefix.Length));

    public Task<bool> TryAddAsync(TableEntity record, AuditEntry audit, NeedsContribution contribution, CancellationToken cancellationToken) =>
        CountedWrite.SubmitAsync(
            Table,
            record.PartitionKey,
            [
                new TableTransactionAction(TableTransactionActionType.Add, record),
                new TableTransactionAction(TableTransactionActionType.Add, AuditRecord.ToEntity(record.PartitionKey, audit)),
            ],
            contribution.Cell,
            counter => NeedsCounter.Apply(counter, contribution, +1),
            cancellationToken);

    public async Task<T?> GetAsync(string municipality, Guid id, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(municipality, RowKey(id), cancellationToken: cancellationToken);
        return entity.HasValue ? read(entity.Value!) : null;
    }

    /// <summary>Looks in every municipality; for callers not scoped to one (staff, admin).</summary>
    public async Task<T?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey(id)}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return read(entity);
        }

        return null;
    }

    public async Task<IReadOnlyList<T>> ListAsync(string municipality, CancellationToken cancellationToken)
    {
        var records = new List<T>();
        await foreach (var record in ReadAllAsync(municipality, cancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>The municipality's records of this kind as the table's pages arrive, so none but the current page is held.</summary>
    public async IAsyncEnumerable<T> ReadAllAsync(string municipality, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Row keys of one kind share the prefix; the prefix ends in '-', and '.' is the next character.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {rowPrefix} and RowKey lt {rowPrefix[..^1] + "."}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return read(entity);
        }
    }
}
