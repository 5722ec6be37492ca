using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace Knowledge.Shared;

/// <summary>
/// One kind of record (answers, notes) in the municipality partitions: rows "{prefix}{id}" beside the
/// partition's counters and audit rows, found by id and organisation number through the <see cref="RecordIndex"/>.
/// A store writes a record's index rows (<see cref="IndexAsync"/>) before the record itself, which it commits with
/// its audit row and its counts (see <see cref="RecordIndex"/> for the order of writes).
/// </summary>
internal sealed class MunicipalityRecordSet<TEntity, T>(TableServiceClient tables, TimeProvider clock, string rowPrefix, Func<TEntity, T> read)
    where TEntity : class, ITableEntity, new()
    where T : class
{
    // Longer than any write can take with its retries: an index row this old whose record does not name the number
    // was left by a write that never committed, not by one still under way.
    private static readonly TimeSpan WriteTimeLimit = TimeSpan.FromMinutes(10);

    private readonly RecordIndex _index = new(tables);

    public TableClient Table => tables.GetTableClient(Tables.MunicipalityRecords);

    public string RowKey(Guid id) => rowPrefix + id.ToString("D");

    /// <summary>Writes the record's index rows; before a write that may name new organisation numbers (a new record, a correction).</summary>
    public Task IndexAsync(string municipality, Guid id, IEnumerable<string> organisationNumbers, CancellationToken cancellationToken) =>
        _index.AddAsync(municipality, RowKey(id), organisationNumbers, cancellationToken);

    /// <summary>
    /// Writes the index rows of a record stored before the index existed (the backfill). Should it have been erased
    /// since it was read, its erasure may have removed its index rows before these were written, so they go again.
    /// </summary>
    public async Task BackfillAsync(string municipality, Guid id, IEnumerable<string> organisationNumbers, CancellationToken cancellationToken)
    {
        var numbers = organisationNumbers.ToList();
        await _index.AddAsync(municipality, RowKey(id), numbers, cancellationToken);
        if (await GetAsync(municipality, id, cancellationToken) is null)
        {
            await _index.RemoveAsync(municipality, RowKey(id), numbers, cancellationToken);
        }
    }

    /// <summary>Removes the index rows of an erased record.</summary>
    public Task UnindexAsync(string municipality, Guid id, IEnumerable<string> organisationNumbers, CancellationToken cancellationToken) =>
        _index.RemoveAsync(municipality, RowKey(id), organisationNumbers, cancellationToken);

    public async Task<T?> GetAsync(string municipality, Guid id, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TEntity>(municipality, RowKey(id), cancellationToken: cancellationToken);
        return entity.HasValue ? read(entity.Value!) : null;
    }

    /// <summary>Finds the record in whichever municipality holds it; for callers not scoped to one (staff, admin).</summary>
    public async Task<T?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        foreach (var municipality in await _index.MunicipalitiesOfAsync(RowKey(id), cancellationToken))
        {
            if (await GetAsync(municipality, id, cancellationToken) is { } record)
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>
    /// The records, in every municipality, that the index names under the organisation number and that
    /// <paramref name="names"/> confirms do. An index row whose record is gone or does not name the number is removed
    /// once no write that left it can still be under way, so the number is kept nowhere for nothing.
    /// </summary>
    public async Task<IReadOnlyList<T>> FindNamingAsync(string organisationNumber, Func<T, CancellationToken, Task<bool>> names, CancellationToken cancellationToken)
    {
        var found = new List<T>();
        foreach (var indexed in await _index.NamingAsync(organisationNumber, rowPrefix, cancellationToken))
        {
            if (await GetAsync(indexed.Municipality, IdOf(indexed.RowKey), cancellationToken) is { } record && await names(record, cancellationToken))
            {
                found.Add(record);
            }
            else if (indexed.IndexedAt < clock.GetUtcNow() - WriteTimeLimit)
            {
                await _index.RemoveAsync(organisationNumber, indexed, cancellationToken);
            }
        }

        return found;
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
        await foreach (var entity in Table.QueryAsync<TEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return read(entity);
        }
    }

    private Guid IdOf(string rowKey) => Guid.Parse(rowKey.AsSpan(rowPrefix.Length));
}
