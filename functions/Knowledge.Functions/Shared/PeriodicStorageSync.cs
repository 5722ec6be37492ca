using Microsoft.Extensions.Hosting;

namespace Knowledge.Shared;

/// <summary>
/// Brings this instance up to a version kept in storage: once before the app reports ready (as a seeder), then every
/// <see cref="Interval"/>, so a change made through another instance reaches this one.
/// </summary>
internal abstract partial class PeriodicStorageSync(ILogger logger) : BackgroundService, IStorageSeeder
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public abstract Task SeedAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SeedAsync(stoppingToken);
            }
            catch (Exception ex) when (StorageFaults.IsUnavailable(ex, stoppingToken.IsCancellationRequested))
            {
                LogUnreachable(logger, GetType().Name, ex.Message); // the next tick tries again
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Sync} could not check the version in storage: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string sync, string reason);
}
