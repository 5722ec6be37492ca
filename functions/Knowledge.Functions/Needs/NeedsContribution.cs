namespace Knowledge.Needs;

/// <summary>What one respondent adds to its cell: one respondent, each of its tags once, and each pair of them once.</summary>
public sealed record NeedsContribution(NeedsCell Cell, IReadOnlySet<string> Tags)
{
    public static NeedsContribution Of(NeedsCell cell, IEnumerable<string> tags) =>
        new(cell, new SortedSet<string>(tags, StringComparer.Ordinal));

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
