using Knowledge.Reference;
using Knowledge.Tagging;
using Microsoft.Extensions.Options;

namespace Knowledge.Needs;

/// <summary>Sums the counters of a county's municipalities for a filter and builds the published report.</summary>
internal sealed class NeedsQuery(INeedsCounterReader counters, ReferenceData reference, Codebook codebook, IOptions<NeedsOptions> options)
{
    public async Task<NeedsReport> ForCountyAsync(County county, NeedsFilter filter, CancellationToken cancellationToken)
    {
        var municipalities = reference.MunicipalitiesIn(county.Code).OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
        var tallies = await Task.WhenAll(municipalities.Select(m => counters.SumAsync(m.Code, filter, cancellationToken)));
        var (total, parts) = NeedsReportBuilder.Build([.. municipalities.Select(m => m.Code).Zip(tallies)], Tags, Threshold);
        var names = municipalities.ToDictionary(m => m.Code, m => m.Name);
        return new NeedsReport(county.Code, filter.From, filter.To, Threshold, total, [.. parts.Select(p =>
            new MunicipalityFigures(p.Key, names[p.Key], p.Figures.Respondents, p.Figures.Suppressed, p.Figures.Tags, p.Figures.Pairs))]);
    }

    /// <summary>A municipality's figures for the period and for each quarter in it.</summary>
    public async Task<MunicipalityNeedsReport> ForMunicipalityAsync(Municipality municipality, NeedsFilter filter, CancellationToken cancellationToken)
    {
        var quarters = Quarters(filter).ToList();
        var tallies = await Task.WhenAll(quarters.Select(q => counters.SumAsync(municipality.Code, q.Filter, cancellationToken)));
        var (total, parts) = NeedsReportBuilder.Build([.. quarters.Select(q => q.Name).Zip(tallies)], Tags, Threshold);
        return new MunicipalityNeedsReport(municipality.Code, municipality.Name, municipality.CountyCode, filter.From, filter.To, Threshold, total,
            [.. parts.Select(p => new QuarterFigures(p.Key, p.Figures.Respondents, p.Figures.Suppressed, p.Figures.Tags))]);
    }

    private IReadOnlyList<string> Tags => [.. codebook.Tags.Select(t => t.Tag)];

    private int Threshold => options.Value.SuppressionThreshold;

    // The period split at quarter boundaries; the first and last quarter may be partial.
    private static IEnumerable<(string Name, NeedsFilter Filter)> Quarters(NeedsFilter filter)
    {
        var month = ParseMonth(filter.From);
        var end = ParseMonth(filter.To);
        while (month <= end)
        {
            var quarterEnd = new DateOnly(month.Year, ((month.Month - 1) / 3 * 3) + 3, 1);
            var last = quarterEnd < end ? quarterEnd : end;
            yield return ($"{month.Year}-Q{((month.Month - 1) / 3) + 1}", filter with { From = Format(month), To = Format(last) });
            month = quarterEnd.AddMonths(1);
        }
    }

    private static DateOnly ParseMonth(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Format(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
