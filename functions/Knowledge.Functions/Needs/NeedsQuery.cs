using Knowledge.Disclosure;
using Knowledge.Reference;
using Knowledge.Tagging;

namespace Knowledge.Needs;

/// <summary>Reads a county's counters for a year and publishes the needs of the county, a municipality or its quarters.</summary>
internal sealed class NeedsQuery(INeedsCounterReader counters, ReferenceData reference, Codebook codebook, DisclosureControl disclosure)
{
    /// <summary>The counter rows of every municipality of the county for the calendar year.</summary>
    public async Task<NeedsCube> LoadAsync(string county, int year, CancellationToken cancellationToken)
    {
        var municipalities = reference.MunicipalitiesIn(county).Select(m => m.Code).ToList();
        var (from, to) = (FormattableString.Invariant($"{year:D4}-01"), FormattableString.Invariant($"{year:D4}-12"));
        var rows = await counters.ReadCountyAsync(county, municipalities, from, to, cancellationToken);
        return new NeedsCube([.. municipalities.Zip(rows).SelectMany(m => m.Second.Select(row => (m.First, row)))]);
    }

    public async Task<NeedsReport> ForCountyAsync(County county, NeedsFilter filter, CancellationToken cancellationToken) =>
        ForCounty(await LoadAsync(county.Code, filter.Year, cancellationToken), county, filter);

    public NeedsReport ForCounty(NeedsCube cube, County county, NeedsFilter filter)
    {
        var publication = Publication(cube);
        var total = publication.Area(null, filter, pairs: null);
        var pairs = total.Pairs.Select(p => string.Join(NeedsCounter.PairSeparator, p.Tags)).ToList();
        var municipalities = reference.MunicipalitiesIn(county.Code).OrderBy(m => m.Code, StringComparer.Ordinal);
        return new NeedsReport(county.Code, filter.From, filter.To, disclosure.Notice, total, [.. municipalities.Select(m =>
        {
            var figures = publication.Area(m.Code, filter, pairs);
            return new MunicipalityFigures(m.Code, m.Name, figures.Respondents, figures.Suppressed, figures.Tags, figures.Pairs);
        })]);
    }

    /// <summary>A municipality's figures for the period and for each quarter in it.</summary>
    public async Task<MunicipalityNeedsReport> ForMunicipalityAsync(Municipality municipality, NeedsFilter filter, CancellationToken cancellationToken)
    {
        var publication = Publication(await LoadAsync(municipality.CountyCode, filter.Year, cancellationToken));
        var total = publication.Area(municipality.Code, filter, pairs: null);
        return new MunicipalityNeedsReport(municipality.Code, municipality.Name, municipality.CountyCode, filter.From, filter.To, disclosure.Notice, total,
            [.. CalendarPeriods.Quarters(filter.From, filter.To).Select(q =>
            {
                var figures = publication.Area(municipality.Code, filter with { From = q.From, To = q.To }, []);
                return new QuarterFigures(q.Name, figures.Respondents, figures.Suppressed, figures.Tags);
            })]);
    }

    public NeedsPublication Publication(NeedsCube cube) => new(cube, [.. codebook.Tags.Select(t => t.Tag)], disclosure);
}
