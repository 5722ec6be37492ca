namespace Knowledge.Needs;

/// <summary>
/// The counter rows of a county's municipalities for one calendar year: every published figure of that year, and
/// every wider breakdown the disclosure control compares it with, is summed from these.
/// </summary>
internal sealed class NeedsCube(IReadOnlyList<(string Municipality, NeedsCounterRow Row)> rows)
{
    /// <summary>The sum for one municipality, or for all of them (the county) when <paramref name="municipality"/> is null.</summary>
    public NeedsTally Sum(string? municipality, NeedsFilter filter)
    {
        var tally = new NeedsTally();
        foreach (var counts in Counts(municipality, filter))
        {
            tally.Add(counts);
        }

        return tally;
    }

    // A county's breakdowns share their wider breakdowns, so each population is summed once per query.
    private readonly Dictionary<(string? Municipality, NeedsFilter Filter), int> _populations = [];

    /// <summary>How many respondents the breakdown holds.</summary>
    public int Population(string? municipality, NeedsFilter filter)
    {
        if (!_populations.TryGetValue((municipality, filter), out var population))
        {
            population = Counts(municipality, filter).Sum(counts => counts.Respondents.Count);
            _populations[(municipality, filter)] = population;
        }

        return population;
    }

    /// <summary>The populations of every wider breakdown holding this one: coarser periods, fewer filters, the whole county.</summary>
    public IEnumerable<int> WiderPopulations(string? municipality, NeedsFilter filter) =>
        from area in new[] { municipality, null }.Distinct()
        from wider in filter.Widenings()
        where area != municipality || wider != filter
        select Population(area, wider);

    private IEnumerable<NeedsTally> Counts(string? municipality, NeedsFilter filter) =>
        rows.Where(r => (municipality is null || r.Municipality == municipality) && filter.Includes(r.Row.Cell)).Select(r => r.Row.Counts);
}
