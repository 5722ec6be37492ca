namespace Knowledge.Tagging.Training;

/// <summary>Which decision of the combined tagger is scored.</summary>
internal enum Variant
{
    /// <summary>The rule tagger alone.</summary>
    Rules,

    /// <summary>The learned model alone, at even odds (probability ≥ 0.5).</summary>
    Model,

    /// <summary>The shipped default: a rule hit or a probability at the tag's threshold.</summary>
    Combined,
}

/// <summary>Per-tag figures of each variant over a set of statements, from one pass of the combined tagger.</summary>
internal sealed class TaggerEvaluation
{
    private const double EvenOdds = 0.5;

    private readonly Dictionary<Variant, Dictionary<string, TagCounts>> counts;

    private TaggerEvaluation(IReadOnlyList<string> tags)
    {
        Tags = tags;
        counts = Enum.GetValues<Variant>().ToDictionary(v => v, _ => tags.ToDictionary(t => t, _ => new TagCounts()));
    }

    public IReadOnlyList<string> Tags { get; }

    internal static TaggerEvaluation Run(CombinedTagger tagger, IReadOnlyList<string> tags, IEnumerable<CorpusStatement> statements)
    {
        var evaluation = new TaggerEvaluation(tags);
        foreach (var statement in statements)
        {
            foreach (var verdict in tagger.Verdicts(statement.Text))
            {
                var expected = statement.Tags.Contains(verdict.Tag);
                evaluation.counts[Variant.Rules][verdict.Tag].Add(expected, verdict.Rule);
                evaluation.counts[Variant.Model][verdict.Tag].Add(expected, verdict.Probability >= EvenOdds);
                evaluation.counts[Variant.Combined][verdict.Tag].Add(expected, verdict.Combined);
            }
        }
        return evaluation;
    }

    public TagCounts Counts(Variant variant, string tag) => counts[variant][tag];

    public double MacroF1(Variant variant) => counts[variant].Values.Average(c => c.F1);

    /// <summary>A table of precision, recall and F1 per tag, one column group per variant, and macro-F1.</summary>
    public string Table(string title)
    {
        var variants = Enum.GetValues<Variant>();
        var text = new StringBuilder();
        text.AppendLine(title);
        text.Append(CultureInfo.InvariantCulture, $"{"",-24}");
        foreach (var variant in variants)
        {
            text.Append(CultureInfo.InvariantCulture, $" | {variant.ToString().ToLowerInvariant(),-22}");
        }
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"{"tag",-24}");
        foreach (var variant in variants)
        {
            text.Append(CultureInfo.InvariantCulture, $" | {"n",4} {"P",5} {"R",5} {"F1",5}");
        }
        text.AppendLine();
        foreach (var tag in Tags)
        {
            text.Append(CultureInfo.InvariantCulture, $"{tag,-24}");
            foreach (var variant in variants)
            {
                var c = counts[variant][tag];
                text.Append(CultureInfo.InvariantCulture, $" | {c.TruePositives + c.FalseNegatives,4} {c.Precision,5:0.00} {c.Recall,5:0.00} {c.F1,5:0.00}");
            }
            text.AppendLine();
        }
        text.Append(CultureInfo.InvariantCulture, $"{"macro-F1",-24}");
        foreach (var variant in variants)
        {
            text.Append(CultureInfo.InvariantCulture, $" | {"",4} {"",5} {"",5} {MacroF1(variant),5:0.00}");
        }
        text.AppendLine();
        return text.ToString();
    }
}
