using Knowledge.Shared;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Tagging.Proposals;

/// <summary>
/// Moves this instance's codebook to the latest version accepted in storage: once before the app reports ready,
/// then every <see cref="Interval"/>, so an acceptance made through another instance reaches this one.
/// </summary>
internal sealed partial class CodebookSync(ICodebookStore store, Codebook codebook, ILogger<CodebookSync> logger) : BackgroundService, IStorageSeeder
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await store.CurrentAsync(cancellationToken) is { } current && codebook.Apply(current.Version, current.Tags))
        {
            LogMoved(logger, current.Version);
        }
    }

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
                LogUnreachable(logger, ex.Message); // the next tick tries again
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Codebook moved to version {Version}")]
    private static partial void LogMoved(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Codebook version check failed: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
