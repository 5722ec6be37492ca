using System.Collections.Concurrent;

namespace Knowledge.Needs;

/// <summary>
/// Keeps the counter rows read in memory, under the municipality's counter version they were read at. Every
/// transaction that changes a counter gives its municipality a new version, so one point read of the version tells
/// whether the kept rows are still the stored ones, whichever instance wrote: an acknowledged write is never missed,
/// and an unchanged municipality costs that one read instead of a query whose cost on Azurite grows with the data.
/// </summary>
internal sealed class CachedNeedsCounterReader(TableNeedsCounterReader stored) : INeedsCounterReader
{
    // One entry per municipality and period asked for; needs queries ask for calendar years, so it stays small.
    private readonly ConcurrentDictionary<(string Municipality, string From, string To), (Guid? Version, IReadOnlyList<NeedsCounterRow> Rows)> _kept = new();

    public async Task<IReadOnlyList<NeedsCounterRow>> ReadAsync(string municipality, string from, string to, CancellationToken cancellationToken)
    {
        // The version is read before the rows: rows that already include a write committed in between are kept under
        // the older version, so they are read again next time, never served past a change.
        var version = await stored.ReadVersionAsync(municipality, cancellationToken);
        var key = (municipality, from, to);
        if (_kept.TryGetValue(key, out var kept) && kept.Version == version)
        {
            return kept.Rows;
        }

        var rows = await stored.ReadAsync(municipality, from, to, cancellationToken);
        _kept[key] = (version, rows);
        return rows;
    }
}
