namespace Knowledge.Needs;

/// <summary>
/// What one respondent adds to its cell: one respondent, each of its tags once, each pair of them once, and,
/// when it reports timing, each establishment it wants to supply; each with the respondent's record key.
/// </summary>
public sealed record NeedsContribution(NeedsCell Cell, long Key, IReadOnlySet<string> Tags, IReadOnlySet<string> Establishments)
{
    public const string TimingTag = "timing";

    public static NeedsContribution Of(NeedsCell cell, long key, IEnumerable<string> tags, IEnumerable<string>? establishments = null) =>
        new(cell, key, new SortedSet<string>(tags, StringComparer.Ordinal), new SortedSet<string>(establishments ?? [], StringComparer.Ordinal));

    /// <summary>The establishments this respondent's timing need is about (none when it does not report timing).</summary>
    public IEnumerable<string> TimingEstablishments => Tags.Contains(TimingTag) ? Establishments : [];

    public IEnumerable<(string First, string Second)> Pairs()
    {
        var ordered = Tags.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = i + 1; j < ordered.Length; j++)
            {
                yield return (ordered[i], ordered[j]);
            }
        }
    }
}
