namespace Knowledge.Shared;

/// <summary>
/// Whether table storage answers now: one point read of a row that need not exist, shared by every caller for
/// <see cref="Freshness"/>, so frequent health probes cost at most one read per interval.
/// </summary>
internal sealed class StorageProbe(TableServiceClient tables, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private (long At, Task<bool> Reachable)? _last;

    public Task<bool> IsReachableAsync()
    {
        lock (_gate)
        {
            if (_last is not { } last || clock.GetElapsedTime(last.At) >= Freshness)
            {
                _last = last = (clock.GetTimestamp(), ProbeAsync());
            }

            return last.Reachable;
        }
    }

    // Not the caller's token: the read is shared, and one caller going away must not fail it for the others.
    private async Task<bool> ProbeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await tables.GetTableClient(Tables.Surveys).GetEntityIfExistsAsync<TableEntity>("health", "probe", select: ["PartitionKey"], cancellationToken: timeout.Token);
            return true;
        }
        catch (Exception ex) when (StorageFaults.IsUnavailable(ex, requestAborted: false))
        {
            return false;
        }
    }
}
