using Knowledge.Disclosure;

namespace Knowledge.Needs;

/// <summary>
/// Turns a year's counters into the figures regions and offices see, every count through the disclosure control:
/// perturbed counts, shares and ranks of the perturbed counts, and whole breakdowns withheld where the population
/// rule says so.
/// </summary>
internal sealed class NeedsPublication(NeedsCube cube, IReadOnlyList<string> codebookTags, DisclosureControl disclosure)
{
    public bool MayPublish(string? municipality, NeedsFilter filter) =>
        disclosure.MayPublish(cube.Population(municipality, filter), cube.WiderPopulations(municipality, filter));

    /// <summary>
    /// The figures of a municipality, or of the county when <paramref name="municipality"/> is null. <paramref name="pairs"/>
    /// lists the pairs of tags to show ("a__b"); null shows the pairs published above zero here.
    /// </summary>
    public AreaFigures Area(string? municipality, NeedsFilter filter, IReadOnlyList<string>? pairs)
    {
        if (!MayPublish(municipality, filter))
        {
            return new AreaFigures(
                null,
                true,
                [.. codebookTags.Select(tag => new TagFigure(tag, null, null, null, true))],
                [.. (pairs ?? []).Select(pair => new PairFigure(pair.Split(NeedsCounter.PairSeparator), null, true))]);
        }

        var tally = cube.Sum(municipality, filter);
        var respondents = disclosure.Publish(tally.Respondents);
        var counts = codebookTags.ToDictionary(tag => tag, tag => disclosure.Publish(tally.Tags.GetValueOrDefault(tag)), StringComparer.Ordinal);
        var tags = codebookTags.Select(tag =>
        {
            var count = counts[tag];
            int? rank = count == 0 ? null : 1 + counts.Values.Count(other => other > count);
            return new TagFigure(tag, count, DisclosureControl.Share(count, respondents), rank, false);
        });

        var pairCounts = (pairs ?? TagPairs()).Select(pair => (Pair: pair, Count: disclosure.Publish(tally.Pairs.GetValueOrDefault(pair))));
        return new AreaFigures(
            respondents,
            false,
            [.. tags],
            [.. pairCounts.Where(p => pairs is not null || p.Count > 0).Select(p => new PairFigure(p.Pair.Split(NeedsCounter.PairSeparator), p.Count, false))]);
    }

    /// <summary>Respondents reporting timing per establishment in the county, or null when the breakdown is withheld.</summary>
    public IReadOnlyDictionary<string, int>? TimingByEstablishment(NeedsFilter filter) =>
        MayPublish(null, filter)
            ? cube.Sum(null, filter).TimingByEstablishment.ToDictionary(e => e.Key, e => disclosure.Publish(e.Value), StringComparer.Ordinal)
            : null;

    // Every pair of codebook tags, named as counter rows name them (in ordinal order).
    private IEnumerable<string> TagPairs()
    {
        var ordered = codebookTags.Order(StringComparer.Ordinal).ToArray();
        return ordered.SelectMany((first, i) => ordered.Skip(i + 1).Select(second => first + NeedsCounter.PairSeparator + second));
    }
}
