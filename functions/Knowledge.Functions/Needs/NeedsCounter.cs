using Knowledge.Disclosure;

namespace Knowledge.Needs;

/// <summary>
/// The counter row of a cell: <c>Respondents</c>, <c>Tag_{tag}</c>, <c>Pair_{a}__{b}</c> (a before b) and
/// <c>Timing_{establishment}</c> (respondents reporting timing who want to supply it; '-' in slugs as '_'),
/// each beside <c>Key_{count}</c>, the sum of the counted records' keys modulo 2^32 (the Cell Key Method), kept in
/// the municipality's partition so it commits in the same transaction as the record it counts.
/// </summary>
internal static class NeedsCounter
{
    public const string Respondents = "Respondents";
    public const string TagPrefix = "Tag_";
    public const string PairPrefix = "Pair_";
    public const string PairSeparator = "__";
    public const string TimingPrefix = "Timing_";
    public const string KeyPrefix = "Key_";

    public static string TagProperty(string tag) => TagPrefix + tag;

    public static string PairProperty(string first, string second) => PairPrefix + first + PairSeparator + second;

    // Property names take no '-'; slugs take no '_', so the swap is reversible.
    public static string TimingProperty(string establishment) => TimingPrefix + establishment.Replace('-', '_');

    public static string EstablishmentOf(string timingProperty) => timingProperty[TimingPrefix.Length..].Replace('_', '-');

    /// <summary>Adds (sign +1) or removes (sign -1) a contribution.</summary>
    public static void Apply(TableEntity counter, NeedsContribution contribution, int sign)
    {
        Add(counter, Respondents, contribution.Key, sign);
        ApplyTags(counter, contribution, sign);
    }

    /// <summary>Moves a respondent's tags without changing the respondent count (a tag review).</summary>
    public static void ApplyTags(TableEntity counter, NeedsContribution contribution, int sign)
    {
        foreach (var tag in contribution.Tags)
        {
            Add(counter, TagProperty(tag), contribution.Key, sign);
        }

        foreach (var (first, second) in contribution.Pairs())
        {
            Add(counter, PairProperty(first, second), contribution.Key, sign);
        }

        foreach (var establishment in contribution.TimingEstablishments)
        {
            Add(counter, TimingProperty(establishment), contribution.Key, sign);
        }
    }

    /// <summary>The counts of a counter row with their key sums, by count property.</summary>
    public static IEnumerable<(string Property, CellCount Cell)> Cells(IReadOnlyDictionary<string, object> row) =>
        row.Where(p => p.Value is int && !p.Key.StartsWith(KeyPrefix, StringComparison.Ordinal))
            .Select(p => (p.Key, new CellCount((int)p.Value, row.TryGetValue(KeyPrefix + p.Key, out var sum) && sum is long keySum ? keySum : 0)));

    private static void Add(TableEntity counter, string property, long key, int sign)
    {
        counter[property] = (counter.GetInt32(property) ?? 0) + sign;
        counter[KeyPrefix + property] = RecordKeys.Add(counter.GetInt64(KeyPrefix + property) ?? 0, key, sign);
    }
}
