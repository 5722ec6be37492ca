using Knowledge.Disclosure;
using Knowledge.Establishments;
using Knowledge.Examples;
using Knowledge.Needs;
using Knowledge.Notes;
using Knowledge.Reference;
using Knowledge.Shared.Vocabulary;

namespace Knowledge.Reports;

/// <summary>Builds a county's situation report from live data: the needs counters, the establishments, the catalogue and the notes.</summary>
internal sealed class SituationReportBuilder(
    NeedsQuery needs,
    IEstablishmentStore establishments,
    ExampleRecommendations recommendations,
    INoteStore notes,
    NationalFigures nationalFigures,
    ReferenceData reference,
    TimeProvider clock,
    DisclosureControl disclosure)
{
    /// <summary>How far after the period the report looks for coming phases and procurement.</summary>
    public const int MonthsAhead = 6;

    private const int PairsShown = 10;

    public async Task<SituationReport> BuildAsync(County county, ReportPeriod period, CancellationToken cancellationToken)
    {
        var asOf = clock.GetUtcNow();
        var all = Filter(period, null);
        var previousFilter = Filter(period.Previous, null);
        var cube = needs.LoadAsync(county.Code, all.Year, cancellationToken);
        var previousCube = previousFilter.Year == all.Year ? cube : needs.LoadAsync(county.Code, previousFilter.Year, cancellationToken);
        var listed = establishments.ListAsync(county.Code, cancellationToken);
        var awaiting = AwaitingReviewAsync(county, cancellationToken);
        await Task.WhenAll(cube, previousCube, listed, awaiting);

        var publication = needs.Publication(cube.Result);
        var report = needs.ForCounty(cube.Result, county, all);
        var previous = needs.Publication(previousCube.Result).Area(null, previousFilter, []);
        var timing = publication.TimingByEstablishment(all);
        var (_, examples) = await recommendations.ForAsync(report.Total, new BilingualText(county.Name, county.NameEn), cancellationToken);
        return new SituationReport(
            county.Code,
            county.Name,
            period.Name,
            period.From,
            period.To,
            period.Previous.Name,
            asOf,
            disclosure.Notice,
            Respondents(report.Total),
            Respondents(publication.Area(null, Filter(period, NeedsCell.Survey), [])),
            Respondents(publication.Area(null, Filter(period, NeedsCell.Notes), [])),
            Challenges(report.Total, previous),
            [.. report.Total.Pairs.Where(p => !p.Suppressed && p.Count > 0).OrderByDescending(p => p.Count).Take(PairsShown)],
            Standouts(report),
            [.. listed.Result.Select(e => Establishment(e, period, timing is null ? new(null, true) : new(timing.GetValueOrDefault(e.Slug), false)))],
            examples,
            new ReportCount(disclosure.Publish(awaiting.Result), false));
    }

    private static NeedsFilter Filter(ReportPeriod period, string? source) => new(period.From, period.To, null, null, source);

    private static ReportCount Respondents(AreaFigures figures) => new(figures.Suppressed ? null : figures.Respondents, figures.Suppressed);

    private IReadOnlyList<ReportChallenge> Challenges(AreaFigures current, AreaFigures previous)
    {
        var before = previous.Tags.ToDictionary(t => t.Tag);
        return [.. current.Tags
            .OrderBy(t => t.Rank ?? int.MaxValue)
            .Select(t =>
            {
                var earlier = before.TryGetValue(t.Tag, out var p) && !p.Suppressed ? p.Share : null;
                var change = t.Share is { } now && earlier is { } then ? Math.Round((now - then) * 100, 1) : (double?)null;
                return new ReportChallenge(t.Tag, t.Count, t.Share, t.Rank, t.Suppressed, earlier, change, nationalFigures.For(t.Tag));
            })];
    }

    // A municipality stands out when the county's share lies outside its 95 % Wilson interval.
    private static IReadOnlyList<StandoutMunicipality> Standouts(NeedsReport report)
    {
        var county = report.Total.Tags.Where(t => t.Share is not null).ToDictionary(t => t.Tag, t => t.Share!.Value);
        var standouts = new List<StandoutMunicipality>();
        foreach (var municipality in report.Municipalities.Where(m => !m.Suppressed && m.Respondents > 0))
        {
            foreach (var figure in municipality.Tags.Where(t => !t.Suppressed && t.Count is not null && t.Share is not null))
            {
                if (!county.TryGetValue(figure.Tag, out var countyShare))
                {
                    continue;
                }

                // Each count is perturbed on its own, so a tag's published count may exceed the published respondents.
                var (low, high) = WilsonInterval.Of(Math.Min(figure.Count!.Value, municipality.Respondents!.Value), municipality.Respondents!.Value);
                var direction = low > countyShare ? "higher" : high < countyShare ? "lower" : null;
                if (direction is not null)
                {
                    standouts.Add(new StandoutMunicipality(municipality.Code, municipality.Name, figure.Tag, figure.Share!.Value, Math.Round(low, 3), Math.Round(high, 3), countyShare, direction));
                }
            }
        }

        return [.. standouts.OrderByDescending(s => Math.Abs(s.Share - s.CountyShare))];
    }

    private static ReportEstablishment Establishment(Establishment establishment, ReportPeriod period, ReportCount timingCompanies)
    {
        var horizon = period.End.AddMonths(MonthsAhead);
        bool Upcoming(string from, string? to) => Month(from) < horizon && Month(to ?? from).AddMonths(1) > period.End;
        return new ReportEstablishment(
            establishment.Slug,
            establishment.Name,
            establishment.Company,
            establishment.Status,
            [.. establishment.Events.Where(e => e.Date >= period.First && e.Date < period.End).OrderBy(e => e.Date)],
            [.. establishment.Phases.Where(p => Upcoming(p.From, p.To)).OrderBy(p => p.From, StringComparer.Ordinal)],
            [.. establishment.ProcurementWindows.Where(w => Upcoming(w.From, w.To)).OrderBy(w => w.From, StringComparer.Ordinal)],
            establishment.PlannedHires.FirstOrDefault(h => h.Year == period.First.Year)?.Count,
            timingCompanies);
    }

    private static DateOnly Month(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A count of notes like any other: perturbed by the notes' own record keys.
    private async Task<CellCount> AwaitingReviewAsync(County county, CancellationToken cancellationToken)
    {
        var lists = await Task.WhenAll(reference.MunicipalitiesIn(county.Code).Select(m => notes.ListAsync(m.Code, cancellationToken)));
        return lists.SelectMany(list => list).Where(n => n.Review is null).Aggregate(CellCount.Zero, (cell, note) => cell.Add(note.RecordKey, +1));
    }
}
