using Microsoft.Extensions.Options;

namespace Knowledge.Disclosure;

/// <summary>
/// The one place a figure shown below admin is made. Counts are perturbed by the Cell Key Method (the same records
/// always give the same figure, and no 1 or 2 is ever shown); shares come from published counts; and a breakdown is
/// published only when it holds at least <see cref="DisclosureOptions.MinimumPopulation"/> respondents and differs
/// from every wider breakdown holding it by none or at least as many.
/// </summary>
public sealed class DisclosureControl(PerturbationTable table, IOptions<DisclosureOptions> options)
{
    public int MinimumPopulation => options.Value.MinimumPopulation;

    /// <summary>What the published figures went through, for every output to state beside them.</summary>
    public DisclosureNotice Notice => new(
        DisclosureNotice.CellKeyMethod, table.Parameters.MaxDeviation, table.Parameters.Variance, table.Parameters.SmallestPublished, MinimumPopulation);

    public int Publish(CellCount cell) => table.Publish(cell.Count, cell.CellKey);

    /// <summary>A share of published figures, capped at 100 % since each count is perturbed on its own.</summary>
    public static double? Share(int publishedCount, int publishedRespondents) =>
        publishedRespondents <= 0 ? null : Math.Round(Math.Min(1.0, (double)publishedCount / publishedRespondents), 4);

    /// <summary>
    /// Whether a breakdown of <paramref name="population"/> respondents may be published, given the populations of
    /// the wider breakdowns that hold it (coarser period, no filter, the whole county). An empty breakdown shows zeros.
    /// </summary>
    public bool MayPublish(int population, IEnumerable<int> widerPopulations) =>
        population == 0
        || (population >= MinimumPopulation && widerPopulations.All(wider => wider == population || wider - population >= MinimumPopulation));
}

/// <summary>
/// The disclosure control applied to a set of figures: counts deviate by at most <c>MaxDeviation</c> with variance
/// <c>Variance</c>, none from 1 to <c>SmallestPublished</c> - 1 is shown, and breakdowns obey <c>MinimumPopulation</c>.
/// </summary>
public sealed record DisclosureNotice(string Method, int MaxDeviation, double Variance, int SmallestPublished, int MinimumPopulation)
{
    public const string CellKeyMethod = "cell-key";

    /// <summary>What the figures went through, in the words a reader of the figures needs, as SCB explains its own tables.</summary>
    public DisclosureExplanation Explanation => new(
        $"Talen är något slumpmässigt justerade för att inget enskilt företag ska kunna pekas ut (cellnyckelmetoden): högst ±{MaxDeviation}, "
        + $"och 1 eller 2 visas aldrig. Samma svar ger alltid samma tal, men en summa kan skilja sig från summan av sina delar. "
        + $"Ett urval med färre än {MinimumPopulation} svar, eller som skiljer sig från ett större urval med färre än {MinimumPopulation} svar, visas inte.",
        $"Figures are slightly perturbed at random so that no single company can be singled out (the cell key method): by at most ±{MaxDeviation}, "
        + $"and 1 or 2 is never shown. The same answers always give the same figure, but a total may differ from the sum of its parts. "
        + $"A breakdown with fewer than {MinimumPopulation} answers, or differing from a wider one by fewer than {MinimumPopulation} answers, is not shown.");
}

/// <summary>An explanation in Swedish and English.</summary>
public sealed record DisclosureExplanation(string Sv, string En);
