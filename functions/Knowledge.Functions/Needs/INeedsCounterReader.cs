namespace Knowledge.Needs;

/// <summary>Reads counter rows only; needs queries never scan raw answers or notes.</summary>
public interface INeedsCounterReader
{
    /// <summary>The municipality's counter rows for the months from/to (inclusive, "yyyy-MM").</summary>
    Task<IReadOnlyList<NeedsCounterRow>> ReadAsync(string municipality, string from, string to, CancellationToken cancellationToken);
}

/// <summary>One counter row: its cell and what it counts.</summary>
public sealed record NeedsCounterRow(NeedsCell Cell, NeedsTally Counts);
