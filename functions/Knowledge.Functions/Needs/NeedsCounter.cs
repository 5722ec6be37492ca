using Azure.Data.Tables;

namespace Knowledge.Needs;

/// <summary>
/// The counter row of a cell: <c>Respondents</c>, <c>Tag_{tag}</c>, <c>Pair_{a}__{b}</c> (a before b) and
/// <c>Timing_{establishment}</c> (respondents reporting timing who want to supply it; '-' in slugs as '_'),
/// kept in the municipality's partition so it commits in the same transaction as the record it counts.
/// </summary>
internal static class NeedsCounter
{
    public const string Respondents = "Respondents";
    public const string TagPrefix = "Tag_";
    public const string PairPrefix = "Pair_";
    public const string PairSeparator = "__";
    public const string TimingPrefix = "Timing_";

    public static string TagProperty(string tag) => TagPrefix + tag;

    public static string PairProperty(string first, string second) => PairPrefix + first + PairSeparator + second;

    // Property names take no '-'; slugs take no '_', so the swap is reversible.
    public static string TimingProperty(string establishment) => TimingPrefix + establishment.Replace('-', '_');

    public static string EstablishmentOf(string timingProperty) => timingProperty[TimingPrefix.Length..].Replace('_', '-');

    /// <summary>Adds (sign +1) or removes (sign -1) a contribution.</summary>
    public static void Apply(TableEntity counter, NeedsContribution contribution, int sign)
    {
        Add(counter, Respondents, sign);
        ApplyTags(counter, contribution, sign);
    }

    /// <summary>Moves a respondent's tags without changing the respondent count (a tag review).</summary>
    public static void ApplyTags(TableEntity counter, NeedsContribution contribution, int sign)
    {
        foreach (var tag in contribution.Tags)
        {
            Add(counter, TagProperty(tag), sign);
        }

        foreach (var (first, second) in contribution.Pairs())
        {
            Add(counter, PairProperty(first, second), sign);
        }

        foreach (var establishment in contribution.TimingEstablishments)
        {
            Add(counter, TimingProperty(establishment), sign);
        }
    }

    private static void Add(TableEntity counter, string property, int delta) =>
        counter[property] = (counter.GetInt32(property) ?? 0) + delta;
}
