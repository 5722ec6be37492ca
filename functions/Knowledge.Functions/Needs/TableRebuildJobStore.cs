using Knowledge.Audit;

namespace Knowledge.Needs;

internal sealed class TableRebuildJobStore(TableServiceClient tables) : IRebuildJobStore
{
    private JobTable<RebuildJobEntity, RebuildStatus> Jobs => new(tables.GetTableClient(Tables.Jobs), RebuildJobEntity.Partition);

    public Task CreateAsync(RebuildJob job, AuditEntry audit, CancellationToken cancellationToken) =>
        Jobs.CreateAsync(RebuildJobEntity.Of(job), AuditEntity.Of(RebuildJobEntity.Partition, audit), cancellationToken);

    public async Task<RebuildJob?> GetAsync(Guid jobId, CancellationToken cancellationToken) =>
        (await Jobs.GetAsync(jobId, cancellationToken))?.ToJob();

    public async Task<IReadOnlyList<RebuildJob>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        [.. (await Jobs.ListUnfinishedAsync([RebuildStatus.Completed], cancellationToken)).Select(j => j.ToJob())];

    public async Task<RebuildJob?> TrySaveAsync(RebuildJob job, CancellationToken cancellationToken) =>
        await Jobs.TrySaveAsync(RebuildJobEntity.Of(job), job.ETag!, cancellationToken) is { } etag ? job with { ETag = etag } : null;
}
