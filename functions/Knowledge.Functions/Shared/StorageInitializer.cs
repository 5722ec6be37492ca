using Azure;
using Microsoft.Extensions.Hosting;

namespace Knowledge.Shared;

/// <summary>Creates the tables and runs the seeders at start, retrying while storage is still coming up.</summary>
internal sealed partial class StorageInitializer(
    TableServiceClient tables,
    IEnumerable<IStorageSeeder> seeders,
    StorageReadiness readiness,
    ILogger<StorageInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var name in Tables.All)
                {
                    await tables.CreateTableIfNotExistsAsync(name, stoppingToken);
                }

                foreach (var seeder in seeders)
                {
                    await seeder.SeedAsync(stoppingToken);
                }

                readiness.MarkReady();
                LogReady(logger);
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException)
            {
                readiness.MarkFailed(ex.Message);
                LogRetry(logger, delay.TotalMilliseconds, ex.Message);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage not reachable yet, retrying in {DelayMs} ms: {Reason}")]
    private static partial void LogRetry(ILogger logger, double delayMs, string reason);
}
