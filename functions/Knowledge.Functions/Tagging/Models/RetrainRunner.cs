namespace Knowledge.Tagging.Models;

/// <summary>
/// Works through queued retrains, and those an instance left running when it stopped (they start over: a training
/// cannot resume). A job another instance advances is left to it.
/// </summary>
internal sealed partial class RetrainRunner(IRetrainJobStore jobs, TagModelRetrainer retrainer, TimeProvider clock, ILogger<RetrainRunner> logger)
{
    public async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var job in await jobs.ListUnfinishedAsync(cancellationToken))
        {
            try
            {
                await retrainer.RunAsync(job, j => jobs.TrySaveAsync(j, cancellationToken), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, job.JobId);
                if (await jobs.GetAsync(job.JobId, cancellationToken) is { Status: RetrainStatus.Running or RetrainStatus.Queued } current)
                {
                    await jobs.TrySaveAsync(current with { Status = RetrainStatus.Failed, FinishedAt = clock.GetUtcNow(), Error = ex.Message }, cancellationToken);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retrain {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);
}
