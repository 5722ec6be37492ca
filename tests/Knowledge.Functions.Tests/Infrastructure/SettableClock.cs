namespace Knowledge.Tests.Infrastructure;

/// <summary>Wall-clock time a test can move (answers land in the month it says); timers and elapsed time stay real.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
