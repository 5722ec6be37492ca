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
        return NeedsReportBuilder.Build(
            county,
            filter,
            [.. municipalities.Zip(tallies)],
            [.. codebook.Tags.Select(t => t.Tag)],
            options.Value.SuppressionThreshold);
    }
}
