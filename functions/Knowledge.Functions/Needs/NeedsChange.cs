namespace Knowledge.Needs;

/// <summary>
/// What one write does to the counts, as data the writing feature hands to <see cref="CountedWrite"/>: it adds a
/// contribution (a new answer or note), removes one (a withdrawal, an erasure), replaces one (a correction, perhaps
/// into another cell) or moves a counted respondent's tags (a tag review; the respondent stays counted).
/// </summary>
internal sealed class NeedsChange
{
    private readonly (NeedsContribution Contribution, int Sign)[] _steps;
    private readonly bool _tagsOnly;

    private NeedsChange(bool tagsOnly, params (NeedsContribution, int)[] steps) => (_tagsOnly, _steps) = (tagsOnly, steps);

    public static NeedsChange None { get; } = new(false);

    public static NeedsChange Add(NeedsContribution contribution) => new(false, (contribution, +1));

    public static NeedsChange Remove(NeedsContribution contribution) => new(false, (contribution, -1));

    public static NeedsChange Replace(NeedsContribution before, NeedsContribution after) => new(false, (before, -1), (after, +1));

    public static NeedsChange Retag(NeedsContribution before, NeedsContribution after) => new(true, (before, -1), (after, +1));

    /// <summary>The counter rows the change touches.</summary>
    public IEnumerable<string> RowKeys => _steps.Select(s => s.Contribution.Cell.RowKey).Distinct(StringComparer.Ordinal);

    /// <summary>Applies the change's part in one counter row.</summary>
    public void ApplyTo(TableEntity counter)
    {
        foreach (var (contribution, sign) in _steps.Where(s => s.Contribution.Cell.RowKey == counter.RowKey))
        {
            if (_tagsOnly)
            {
                NeedsCounter.ApplyTags(counter, contribution, sign);
            }
            else
            {
                NeedsCounter.Apply(counter, contribution, sign);
            }
        }
    }
}
