namespace Knowledge.Needs;

/// <summary>
/// Which cells a needs query sums: a calendar month, quarter or year (months from/to, inclusive, "yyyy-MM"), and
/// optional size, sector and source. Read from a request's query as the attributes below describe it (every needs
/// and recommendation operation declares them with <c>[ParametersOf(typeof(NeedsFilter))]</c>).
/// </summary>
[Parameter("from", "First month of a calendar month, quarter or year, e.g. 2026-07 (give both `from` and `to`, or neither for this calendar year).", Pattern = "^\\d{4}-\\d{2}$")]
[Parameter("to", "Last month: the same month, the quarter's last (2026-09) or December (give both, or neither for this calendar year). Other periods are a 400.", Pattern = "^\\d{4}-\\d{2}$")]
[Parameter("size", "Size class filter.", Enum = ["0-9", "10-49", "50-249"])]
[Parameter("sector", "SNI section filter (A–U).")]
[Parameter("source", "Which answers count.", Enum = ["survey", "notes", "all"])]
public sealed record NeedsFilter(string From, string To, string? SizeClass, string? Sector, string? Source)
{
    public bool Includes(NeedsCell cell) =>
        string.CompareOrdinal(cell.Month, From) >= 0
        && string.CompareOrdinal(cell.Month, To) <= 0
        && (SizeClass is null || cell.SizeClass == SizeClass)
        && (Sector is null || cell.Sector == Sector)
        && (Source is null || cell.Source == Source);

    public int Year => int.Parse(From[..4], CultureInfo.InvariantCulture);

    /// <summary>
    /// The filters of every wider breakdown that holds this one: its quarter and year, without size, sector or source,
    /// and each combination of those (this filter itself included).
    /// </summary>
    public IEnumerable<NeedsFilter> Widenings() =>
        from period in CalendarPeriods.Enclosing(From, To)
        from size in new[] { SizeClass, null }.Distinct()
        from sector in new[] { Sector, null }.Distinct()
        from source in new[] { Source, null }.Distinct()
        select new NeedsFilter(period.From, period.To, size, sector, source);
}
