using System.Collections.Concurrent;

namespace Knowledge.Needs;

/// <summary>
/// Keeps the counter rows read in memory, under the municipality's counter version (<see cref="CounterVersions"/>)
/// read before them. A county read queries the county's versions once and reads rows only where a version changed, so
/// a write acknowledged through any instance is counted by the next read through every other, and an unchanged county
/// costs one small query however many answers are stored. Kept rows are read again after <see cref="MaxAge"/> anyway:
/// a process stopped between a write's commit and its new version leaves other instances' rows stale for no longer.
/// </summary>
internal sealed class CachedNeedsCounterReader(TableNeedsCounterReader stored, CounterVersions versions, TimeProvider clock) : INeedsCounterReader
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    // One entry per municipality and period asked for; needs queries ask for calendar years, so it stays small.
    private readonly ConcurrentDictionary<(string Municipality, string From, string To), Kept> _kept = new();

    public async Task<IReadOnlyList<IReadOnlyList<NeedsCounterRow>>> ReadCountyAsync(
        string county, IReadOnlyList<string> municipalities, string from, string to, CancellationToken cancellationToken)
    {
        var current = await versions.ReadCountyAsync(county, cancellationToken);
        var now = clock.GetUtcNow();
        return await Task.WhenAll(municipalities.Select(async municipality =>
        {
            var version = current.TryGetValue(municipality, out var v) ? v : (Guid?)null;
            var key = (municipality, from, to);
            if (_kept.TryGetValue(key, out var kept) && kept.Version == version && now - kept.ReadAt < MaxAge)
            {
                return kept.Rows;
            }

            // Rows that already include a write whose version came after ours are kept under the older version, so
            // they are read again next time, never served past a change.
            var rows = await stored.ReadAsync(municipality, from, to, cancellationToken);
            _kept[key] = new Kept(version, now, rows);
            return rows;
        }));
    }

    private sealed record Kept(Guid? Version, DateTimeOffset ReadAt, IReadOnlyList<NeedsCounterRow> Rows);
}
