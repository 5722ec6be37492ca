namespace Knowledge.Needs;

/// <summary>Reads counter rows only; needs queries never scan raw answers or notes.</summary>
public interface INeedsCounterReader
{
    /// <summary>The counter rows of each of the county's <paramref name="municipalities"/> (in their order) for the months from/to (inclusive, "yyyy-MM").</summary>
    Task<IReadOnlyList<IReadOnlyList<NeedsCounterRow>>> ReadCountyAsync(
        string county, IReadOnlyList<string> municipalities, string from, string to, CancellationToken cancellationToken);
}

/// <summary>One counter row: its cell and what it counts.</summary>
public sealed record NeedsCounterRow(NeedsCell Cell, NeedsTally Counts);
