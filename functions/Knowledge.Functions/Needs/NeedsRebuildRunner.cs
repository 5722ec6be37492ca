using Knowledge.Reference;

namespace Knowledge.Needs;

/// <summary>
/// Works through queued and interrupted rebuilds, one municipality partition at a time, saving progress after
/// each so a restart resumes where it stopped. A job another instance is advancing is left to it. On its way it
/// writes every record's lookup rows, the backfill for records stored before those rows existed.
/// </summary>
internal sealed partial class NeedsRebuildRunner(
    IRebuildJobStore jobs,
    NeedsRecount recount,
    IEnumerable<INeedsSource> sources,
    ReferenceData reference,
    TimeProvider clock,
    ILogger<NeedsRebuildRunner> logger)
{
    public async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        var municipalities = reference.Municipalities.Select(m => m.Code).Order(StringComparer.Ordinal).ToList();
        foreach (var queued in await jobs.ListUnfinishedAsync(cancellationToken))
        {
            var job = await jobs.TrySaveAsync(queued with { Status = RebuildStatus.Running }, cancellationToken);
            while (job is not null && job.Done < municipalities.Count)
            {
                foreach (var source in sources)
                {
                    await source.IndexAsync(municipalities[job.Done], cancellationToken);
                }

                var found = await recount.RecountAsync(municipalities[job.Done], cancellationToken);
                job = await jobs.TrySaveAsync(job.WithPartitionDone(found), cancellationToken);
            }

            if (job is not null)
            {
                await jobs.TrySaveAsync(job with { Status = RebuildStatus.Completed, FinishedAt = clock.GetUtcNow() }, cancellationToken);
                LogCompleted(logger, job.JobId, job.Differences.Count);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Needs rebuild {JobId} completed with {DifferenceCount} differences")]
    private static partial void LogCompleted(ILogger logger, Guid jobId, int differenceCount);
}
