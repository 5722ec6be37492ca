namespace Knowledge.Tagging.Models;

/// <summary>Runs admins' retrains in the background; training outlives any HTTP request.</summary>
internal sealed class TagModelRetrainJob(RetrainRunner runner)
{
    [Function("TagModels_RetrainJob")]
    public Task Run([TimerTrigger("*/10 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        runner.RunPendingAsync(cancellationToken);
}
