using Cronos;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.LocalHost.Functions;

/// <summary>
/// Runs timer-triggered functions on their NCRONTAB schedules (six fields, seconds first, as in Azure), except those
/// the setting <c>AzureWebJobs.{name}.Disabled</c> turns off, as the Functions host does.
/// </summary>
internal sealed partial class TimerFunctionScheduler(
    FunctionCatalog catalog,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<TimerFunctionScheduler> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(catalog.Timers.Where(t => !IsDisabled(t.Name, configuration)).Select(t => RunAsync(t, stoppingToken)));

    public static bool IsDisabled(string functionName, IConfiguration configuration) =>
        bool.TryParse(configuration[$"AzureWebJobs.{functionName}.Disabled"], out var disabled) && disabled;

    /// <summary>Resolves a %Setting% schedule as the Functions host does, and parses five- or six-field expressions.</summary>
    public static CronExpression ParseSchedule(string schedule, IConfiguration configuration)
    {
        if (schedule.Length > 2 && schedule[0] == '%' && schedule[^1] == '%')
        {
            schedule = configuration[schedule[1..^1]]
                ?? throw new InvalidOperationException($"The timer schedule setting '{schedule}' is not configured.");
        }

        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return CronExpression.Parse(schedule, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
    }

    private async Task RunAsync(TimerFunction timer, CancellationToken stoppingToken)
    {
        var schedule = ParseSchedule(timer.Schedule, configuration);
        var last = clock.GetUtcNow().UtcDateTime;
        if (timer.RunOnStartup)
        {
            await InvokeAsync(timer, last, schedule, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.GetNextOccurrence(clock.GetUtcNow().UtcDateTime);
            if (next is null)
            {
                return;
            }

            var wait = next.Value - clock.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            await InvokeAsync(timer, last, schedule, stoppingToken);
            last = next.Value;
        }
    }

    private async Task InvokeAsync(TimerFunction timer, DateTime last, CronExpression schedule, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var info = new TimerInfo
        {
            ScheduleStatus = new ScheduleStatus { Last = last, Next = schedule.GetNextOccurrence(now) ?? DateTime.MaxValue, LastUpdated = now },
        };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await FunctionInvoker.InvokeTimerAsync(timer.Method, scope.ServiceProvider, info, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed run must not stop the schedule, as in Azure.
            LogTimerFailed(logger, timer.Name, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {FunctionName} failed")]
    private static partial void LogTimerFailed(ILogger logger, string functionName, Exception exception);
}
