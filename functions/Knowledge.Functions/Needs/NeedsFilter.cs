namespace Knowledge.Needs;

/// <summary>Which cells a needs query sums: months from/to (inclusive, "yyyy-MM"), and optional size, sector and source.</summary>
public sealed record NeedsFilter(string From, string To, string? SizeClass, string? Sector, string? Source)
{
    public bool Includes(NeedsCell cell) =>
        string.CompareOrdinal(cell.Month, From) >= 0
        && string.CompareOrdinal(cell.Month, To) <= 0
        && (SizeClass is null || cell.SizeClass == SizeClass)
        && (Sector is null || cell.Sector == Sector)
        && (Source is null || cell.Source == Source);
}
