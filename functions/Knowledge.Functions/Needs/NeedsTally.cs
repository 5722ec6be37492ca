namespace Knowledge.Needs;

/// <summary>Counts summed over cells: respondents, per tag, per pair of tags ("a__b", a before b), and timing per establishment.</summary>
public sealed class NeedsTally
{
    public int Respondents { get; private set; }

    public Dictionary<string, int> Tags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Pairs { get; } = new(StringComparer.Ordinal);

    /// <summary>Respondents reporting timing as a challenge, per establishment they want to supply.</summary>
    public Dictionary<string, int> TimingByEstablishment { get; } = new(StringComparer.Ordinal);

    public void Add(IReadOnlyDictionary<string, int> counterRow)
    {
        foreach (var (property, count) in counterRow)
        {
            if (property == NeedsCounter.Respondents)
            {
                Respondents += count;
            }
            else if (property.StartsWith(NeedsCounter.TagPrefix, StringComparison.Ordinal))
            {
                Increase(Tags, property[NeedsCounter.TagPrefix.Length..], count);
            }
            else if (property.StartsWith(NeedsCounter.PairPrefix, StringComparison.Ordinal))
            {
                Increase(Pairs, property[NeedsCounter.PairPrefix.Length..], count);
            }
            else if (property.StartsWith(NeedsCounter.TimingPrefix, StringComparison.Ordinal))
            {
                Increase(TimingByEstablishment, NeedsCounter.EstablishmentOf(property), count);
            }
        }
    }

    public void Add(NeedsTally other)
    {
        Respondents += other.Respondents;
        foreach (var (tag, count) in other.Tags)
        {
            Increase(Tags, tag, count);
        }

        foreach (var (pair, count) in other.Pairs)
        {
            Increase(Pairs, pair, count);
        }

        foreach (var (establishment, count) in other.TimingByEstablishment)
        {
            Increase(TimingByEstablishment, establishment, count);
        }
    }

    private static void Increase(Dictionary<string, int> counts, string key, int delta) =>
        counts[key] = counts.GetValueOrDefault(key) + delta;
}
