namespace Knowledge.Needs;

/// <summary>
/// The one way a write changes the needs counters (answers and notes call it with their <see cref="NeedsChange"/>):
/// it commits the record's actions together with the change to its cells' counter rows, in one entity-group
/// transaction guarded by the counters' ETags. When another write moved a counter first, it reads the
/// counters again and retries, so concurrent writes never lose a count. Once committed, and before the write is
/// acknowledged, the municipality gets a new counter version (<see cref="CounterVersions"/>).
/// </summary>
internal sealed class CountedWrite(TableServiceClient tables, CounterVersions versions)
{
    private const int MaxAttempts = 100;

    /// <summary>
    /// Commits <paramref name="actions"/> (the record's rows, its audit row) with <paramref name="change"/> to the
    /// municipality's counters, and with no change alone. Returns false when the first action failed its own condition:
    /// its row already exists (409, an idempotent retry) or changed since it was read (412); other failures throw.
    /// Every counter row a change touches (a correction into another size class moves counts between cells) is in the
    /// same municipality partition, so one transaction carries all of them.
    /// </summary>
    public async Task<bool> SubmitAsync(
        string partitionKey,
        IReadOnlyList<TableTransactionAction> actions,
        NeedsChange change,
        CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(Tables.MunicipalityRecords);
        var rowKeys = change.RowKeys.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var counterActions = new List<TableTransactionAction>();
            foreach (var rowKey in rowKeys)
            {
                var existing = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
                var counter = existing.HasValue ? existing.Value! : new TableEntity(partitionKey, rowKey);
                change.ApplyTo(counter);

                counterActions.Add(existing.HasValue
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, counter, counter.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, counter));
            }

            try
            {
                await table.SubmitTransactionAsync([.. actions, .. counterActions], cancellationToken);
                if (counterActions.Count > 0)
                {
                    await versions.ChangeAsync(partitionKey, cancellationToken);
                }

                return true;
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status is 404 or 409 or 412)
            {
                return false;
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex >= actions.Count && ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another write changed a counter between our read and our commit; nothing was written.
                // Exponential backoff with full jitter spreads writers that collide on a busy counter.
                await Task.Delay(Random.Shared.Next(1, 2 + (int)Math.Min(200, 4 * Math.Pow(2, Math.Min(attempt, 10)))), cancellationToken);
            }
        }
    }
}
