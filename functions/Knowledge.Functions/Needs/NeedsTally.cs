using Knowledge.Disclosure;

namespace Knowledge.Needs;

/// <summary>
/// Counts summed over cells, each with its records' key sum: respondents, per tag, per pair of tags ("a__b", a before b),
/// and timing per establishment.
/// </summary>
public sealed class NeedsTally
{
    public CellCount Respondents { get; private set; }

    public Dictionary<string, CellCount> Tags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CellCount> Pairs { get; } = new(StringComparer.Ordinal);

    /// <summary>Respondents reporting timing as a challenge, per establishment they want to supply.</summary>
    public Dictionary<string, CellCount> TimingByEstablishment { get; } = new(StringComparer.Ordinal);

    /// <summary>A tally of one counter row.</summary>
    public static NeedsTally Of(IReadOnlyDictionary<string, object> counterRow)
    {
        var tally = new NeedsTally();
        foreach (var (property, cell) in NeedsCounter.Cells(counterRow))
        {
            if (property == NeedsCounter.Respondents)
            {
                tally.Respondents = tally.Respondents.Add(cell);
            }
            else if (property.StartsWith(NeedsCounter.TagPrefix, StringComparison.Ordinal))
            {
                Increase(tally.Tags, property[NeedsCounter.TagPrefix.Length..], cell);
            }
            else if (property.StartsWith(NeedsCounter.PairPrefix, StringComparison.Ordinal))
            {
                Increase(tally.Pairs, property[NeedsCounter.PairPrefix.Length..], cell);
            }
            else if (property.StartsWith(NeedsCounter.TimingPrefix, StringComparison.Ordinal))
            {
                Increase(tally.TimingByEstablishment, NeedsCounter.EstablishmentOf(property), cell);
            }
        }

        return tally;
    }

    public void Add(NeedsTally other)
    {
        Respondents = Respondents.Add(other.Respondents);
        foreach (var (tag, cell) in other.Tags)
        {
            Increase(Tags, tag, cell);
        }

        foreach (var (pair, cell) in other.Pairs)
        {
            Increase(Pairs, pair, cell);
        }

        foreach (var (establishment, cell) in other.TimingByEstablishment)
        {
            Increase(TimingByEstablishment, establishment, cell);
        }
    }

    private static void Increase(Dictionary<string, CellCount> cells, string key, CellCount cell) =>
        cells[key] = cells.GetValueOrDefault(key).Add(cell);
}
