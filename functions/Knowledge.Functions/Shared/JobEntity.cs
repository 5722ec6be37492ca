using System.Runtime.Serialization;
using Azure;

namespace Knowledge.Shared;

/// <summary>
/// The columns every background job row has (a needs rebuild, a tag-model retrain): row <c>job-{id}</c> in the job
/// kind's partition, its status stored as the enum's name.
/// </summary>
internal abstract class JobEntity<TStatus> : TableRow
    where TStatus : struct, Enum
{
    public const string RowPrefix = "job-";

    public TStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    [IgnoreDataMember]
    public Guid JobId
    {
        get => Guid.Parse(RowKey.AsSpan(RowPrefix.Length));
        set => RowKey = RowPrefix + value.ToString("D");
    }
}

/// <summary>A partition of job rows with their audit rows: created with an audit row, saved only over the ETag read.</summary>
internal sealed class JobTable<TEntity, TStatus>(TableClient table, string partition)
    where TEntity : JobEntity<TStatus>, new()
    where TStatus : struct, Enum
{
    public Task CreateAsync(TEntity job, ITableEntity audit, CancellationToken cancellationToken) =>
        table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, job),
                new TableTransactionAction(TableTransactionActionType.Add, audit),
            ],
            cancellationToken);

    public async Task<TEntity?> GetAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync<TEntity>(partition, new TEntity { JobId = jobId }.RowKey, cancellationToken: cancellationToken);
        return entity.HasValue ? entity.Value : null;
    }

    /// <summary>The jobs in none of the <paramref name="finished"/> statuses, oldest first.</summary>
    public async Task<IReadOnlyList<TEntity>> ListUnfinishedAsync(IReadOnlyList<TStatus> finished, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {JobEntity<TStatus>.RowPrefix} and RowKey lt {"job."}");
        var jobs = new List<TEntity>();
        await foreach (var entity in table.QueryAsync<TEntity>(
            filter + string.Concat(finished.Select(status => TableClient.CreateQueryFilter($" and Status ne {status.ToString()}"))),
            cancellationToken: cancellationToken))
        {
            jobs.Add(entity);
        }

        return [.. jobs.OrderBy(j => j.CreatedAt)];
    }

    /// <summary>Replaces the job if it still has <paramref name="etag"/>: its new ETag, or null when someone wrote it first.</summary>
    public Task<string?> TrySaveAsync(TEntity job, string etag, CancellationToken cancellationToken) =>
        table.TryReplaceAsync(job, etag, cancellationToken);
}
