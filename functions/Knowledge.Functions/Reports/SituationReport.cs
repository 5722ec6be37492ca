using Knowledge.Disclosure;
using Knowledge.Establishments;
using Knowledge.Examples;
using Knowledge.Needs;

namespace Knowledge.Reports;

/// <summary>
/// A county's situation report (nulägesbild) for a period: the needs ranked with their change, the
/// challenges that come together, municipalities that stand out, the establishments' events and coming
/// phases, examples for the top challenges and notes awaiting review. Every figure went through the disclosure
/// control that <see cref="Disclosure"/> describes; a withheld one is null with its flag.
/// </summary>
public sealed record SituationReport(
    string County,
    string CountyName,
    string Period,
    string From,
    string To,
    string PreviousPeriod,
    DateTimeOffset DataAsOf,
    DisclosureNotice Disclosure,
    ReportCount Respondents,
    ReportCount SurveyRespondents,
    ReportCount Notes,
    IReadOnlyList<ReportChallenge> Challenges,
    IReadOnlyList<PairFigure> Pairs,
    IReadOnlyList<StandoutMunicipality> Standouts,
    IReadOnlyList<ReportEstablishment> Establishments,
    IReadOnlyList<RecommendedExample> Examples,
    ReportCount NotesAwaitingReview);

/// <summary>A published count, or null with <c>Suppressed</c> when its breakdown is withheld.</summary>
public sealed record ReportCount(int? Count, bool Suppressed);

/// <summary>
/// A challenge's count, share and rank in the period, its share in the previous period and the change
/// in percentage points, and figures from other surveys for the same tag (labelled as such).
/// </summary>
public sealed record ReportChallenge(
    string Tag,
    int? Count,
    double? Share,
    int? Rank,
    bool Suppressed,
    double? PreviousShare,
    double? Change,
    IReadOnlyList<NationalFigure> OtherSurveys);

/// <summary>
/// A municipality whose share for a tag differs from the rest of the county beyond the 95 % Wilson interval.
/// <c>Direction</c> is "higher" or "lower".
/// </summary>
public sealed record StandoutMunicipality(string Municipality, string Name, string Tag, double Share, double Low, double High, double CountyShare, string Direction);

/// <summary>
/// An establishment in the county with its events in the period, its phases and procurement windows in the next
/// six months, and how many of the county's respondents in the period report timing and want to supply it.
/// </summary>
public sealed record ReportEstablishment(
    string Slug,
    string Name,
    string Company,
    EstablishmentStatus Status,
    IReadOnlyList<EstablishmentEvent> EventsInPeriod,
    IReadOnlyList<EstablishmentPhase> UpcomingPhases,
    IReadOnlyList<ProcurementWindow> UpcomingProcurement,
    int? PlannedHiresThisYear,
    ReportCount TimingCompanies);
