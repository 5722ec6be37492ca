using System.Globalization;
using Knowledge.Establishments;
using Knowledge.Examples;
using Knowledge.Needs;
using Knowledge.Notes;
using Knowledge.Reference;
using Microsoft.Extensions.Options;

namespace Knowledge.Reports;

/// <summary>Builds a county's situation report from live data: the needs counters, the establishments, the catalogue and the notes.</summary>
internal sealed class SituationReportBuilder(
    NeedsQuery needs,
    INeedsCounterReader counters,
    IEstablishmentStore establishments,
    ExampleRecommendations recommendations,
    INoteStore notes,
    NationalFigures nationalFigures,
    ReferenceData reference,
    TimeProvider clock,
    IOptions<NeedsOptions> options)
{
    /// <summary>How far after the period the report looks for coming phases and procurement.</summary>
    public const int MonthsAhead = 6;

    private const int PairsShown = 10;

    public async Task<SituationReport> BuildAsync(County county, ReportPeriod period, CancellationToken cancellationToken)
    {
        var asOf = clock.GetUtcNow();
        var all = Filter(period, null);
        var current = needs.ForCountyAsync(county, all, cancellationToken);
        var survey = needs.ForCountyAsync(county, Filter(period, "survey"), cancellationToken);
        var notesOnly = needs.ForCountyAsync(county, Filter(period, "notes"), cancellationToken);
        var previous = needs.ForCountyAsync(county, Filter(period.Previous, null), cancellationToken);
        var listed = establishments.ListAsync(county.Code, cancellationToken);
        var awaiting = AwaitingReviewAsync(county, cancellationToken);
        var timing = TimingAsync(county, all, cancellationToken);
        await Task.WhenAll(current, survey, notesOnly, previous, listed, awaiting, timing);

        var report = current.Result;
        var (_, examples) = await recommendations.ForAsync(report.Total, county.Name, cancellationToken);
        return new SituationReport(
            county.Code,
            county.Name,
            period.Name,
            period.From,
            period.To,
            period.Previous.Name,
            asOf,
            Threshold,
            Respondents(report.Total),
            Respondents(survey.Result.Total),
            Respondents(notesOnly.Result.Total),
            Challenges(report.Total, previous.Result.Total),
            [.. report.Total.Pairs.Where(p => !p.Suppressed && p.Count > 0).OrderByDescending(p => p.Count).Take(PairsShown)],
            Standouts(report),
            [.. listed.Result.Select(e => Establishment(e, period, Count(timing.Result.GetValueOrDefault(e.Slug))))],
            examples,
            Count(awaiting.Result));
    }

    private int Threshold => options.Value.SuppressionThreshold;

    private static NeedsFilter Filter(ReportPeriod period, string? source) => new(period.From, period.To, null, null, source);

    private static ReportCount Respondents(AreaFigures figures) => new(figures.Suppressed ? null : figures.Respondents, figures.Suppressed);

    private ReportCount Count(int count) => count > 0 && count < Threshold ? new(null, true) : new(count, false);

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

                var (low, high) = WilsonInterval.Of(figure.Count!.Value, municipality.Respondents!.Value);
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

    private async Task<IReadOnlyDictionary<string, int>> TimingAsync(County county, NeedsFilter filter, CancellationToken cancellationToken)
    {
        var tallies = await Task.WhenAll(reference.MunicipalitiesIn(county.Code).Select(m => counters.SumAsync(m.Code, filter, cancellationToken)));
        var total = new NeedsTally();
        foreach (var tally in tallies)
        {
            total.Add(tally);
        }

        return total.TimingByEstablishment;
    }

    private async Task<int> AwaitingReviewAsync(County county, CancellationToken cancellationToken)
    {
        var lists = await Task.WhenAll(reference.MunicipalitiesIn(county.Code).Select(m => notes.ListAsync(m.Code, cancellationToken)));
        return lists.Sum(list => list.Count(n => n.Review is null));
    }
}
