using Azure;
using Azure.Data.Tables;

namespace Knowledge.Needs;

/// <summary>
/// Commits a record's actions together with the change to its cell's counter row, in one entity-group
/// transaction guarded by the counter's ETag. When another write moved the counter first, it reads the
/// counter again and retries, so concurrent writes never lose a count.
/// </summary>
internal static class CountedWrite
{
    private const int MaxAttempts = 100;

    /// <summary>
    /// Returns false when the first action failed its own condition: its row already exists (409, an
    /// idempotent retry) or changed since it was read (412); other failures throw.
    /// </summary>
    public static async Task<bool> SubmitAsync(
        TableClient table,
        string partitionKey,
        IReadOnlyList<TableTransactionAction> actions,
        NeedsCell cell,
        Action<TableEntity> change,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, cell.RowKey, cancellationToken: cancellationToken);
            var counter = existing.HasValue ? existing.Value! : new TableEntity(partitionKey, cell.RowKey);
            change(counter);
            var counterAction = existing.HasValue
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, counter, counter.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, counter);
            try
            {
                await table.SubmitTransactionAsync([.. actions, counterAction], cancellationToken);
                return true;
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status is 409 or 412)
            {
                return false;
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == actions.Count && ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another write changed the counter between our read and our commit; nothing was written.
                // Exponential backoff with full jitter spreads writers that collide on a busy counter.
                await Task.Delay(Random.Shared.Next(1, 2 + (int)Math.Min(200, 4 * Math.Pow(2, Math.Min(attempt, 10)))), cancellationToken);
            }
        }
    }
}
