namespace Knowledge.Disclosure;

public sealed class DisclosureOptions
{
    public const string Section = "Disclosure";

    /// <summary>
    /// The fewest respondents a published breakdown may hold, and the fewest by which it may differ from any wider
    /// breakdown that holds it, so no subtraction of two published figures isolates a handful of companies.
    /// </summary>
    [Range(3, 100)]
    public int MinimumPopulation { get; set; } = 5;
}
