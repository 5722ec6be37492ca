namespace Knowledge.Needs;

/// <summary>Advances needs rebuilds in the background; a recount of 100k answers outlives any HTTP request.</summary>
internal sealed class NeedsRebuildJob(NeedsRebuildRunner runner)
{
    [Function("Needs_RebuildJob")]
    public Task Run([TimerTrigger("*/10 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        runner.RunPendingAsync(cancellationToken);
}
