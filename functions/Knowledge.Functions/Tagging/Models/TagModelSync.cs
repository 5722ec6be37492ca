using Knowledge.Shared;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Tagging.Models;

/// <summary>
/// Takes up the tag model promoted in storage: once before the app reports ready, then every <see cref="Interval"/>,
/// so a promotion or rollback made through another instance reaches this one, as the codebook does.
/// </summary>
internal sealed partial class TagModelSync(TagModels models, ILogger<TagModelSync> logger) : BackgroundService, IStorageSeeder
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public Task SeedAsync(CancellationToken cancellationToken) => models.SyncAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await models.SyncAsync(stoppingToken);
            }
            catch (Exception ex) when (StorageFaults.IsUnavailable(ex, stoppingToken.IsCancellationRequested))
            {
                LogUnreachable(logger, ex.Message); // the next tick tries again
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tag model version check failed: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
