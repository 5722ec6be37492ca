using Knowledge.Shared.Vocabulary;

namespace Knowledge.Establishments;

/// <summary>
/// A large establishment (a mine's expansion, a steel plant, a battery factory) whose timing SMEs need to
/// know: where it is, its phases, how many it plans to hire per year, what it buys when, and its history.
/// A status change is an event in <see cref="Events"/>; <see cref="Status"/> is the latest one.
/// </summary>
public sealed record Establishment(
    string Slug,
    string Name,
    string Company,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Counties,
    string Sector,
    EstablishmentStatus Status,
    IReadOnlyList<EstablishmentPhase> Phases,
    IReadOnlyList<PlannedHires> PlannedHires,
    IReadOnlyList<ProcurementWindow> ProcurementWindows,
    IReadOnlyList<EstablishmentEvent> Events,
    IReadOnlyList<Source> Sources,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);

public enum EstablishmentStatus
{
    Planned,
    InConstruction,
    InProduction,
    Paused,
    Bankrupt,
    Closed,
}

/// <summary>A phase (announced, permits, construction, production_start, expansion) from a month to an optional month (yyyy-MM).</summary>
public sealed record EstablishmentPhase(
    [property: AllowedValues("announced", "permits", "construction", "production_start", "expansion")] string Kind,
    [property: RegularExpression(EstablishmentTerms.MonthPattern, ErrorMessage = EstablishmentTerms.MonthMessage)] string From,
    [property: RegularExpression(EstablishmentTerms.MonthPattern, ErrorMessage = EstablishmentTerms.MonthMessage)] string? To,
    BilingualText? Note);

/// <summary>How many new employees the establishment plans to hire in a year.</summary>
public sealed record PlannedHires([property: Range(2000, 2100)] int Year, [property: Range(0, 1_000_000)] int Count);

/// <summary>What the establishment buys (construction, maintenance, transport, services) in which phase, from/to a month (yyyy-MM).</summary>
public sealed record ProcurementWindow(
    [property: AllowedValues("construction", "maintenance", "transport", "services")] string Category,
    [property: AllowedValues("announced", "permits", "construction", "production_start", "expansion")] string Phase,
    [property: RegularExpression(EstablishmentTerms.MonthPattern, ErrorMessage = EstablishmentTerms.MonthMessage)] string From,
    [property: RegularExpression(EstablishmentTerms.MonthPattern, ErrorMessage = EstablishmentTerms.MonthMessage)] string? To,
    BilingualText? Description);

/// <summary>
/// A dated event: a status change (with the new status), a renaming (with the new <paramref name="Name"/>; the store
/// records the <paramref name="FormerName"/> it replaced), or another milestone; never overwritten.
/// </summary>
public sealed record EstablishmentEvent(
    DateOnly Date,
    string Kind,
    EstablishmentStatus? Status,
    BilingualText Text,
    Source? Source,
    string RecordedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FormerName = null);
