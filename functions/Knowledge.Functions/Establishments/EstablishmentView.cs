using Knowledge.Shared.Vocabulary;

namespace Knowledge.Establishments;

/// <summary>
/// An establishment as the API returns it: statuses as snake_case words, the name its latest renaming gave and the
/// earlier names (most recent first), events oldest first, the ETag for edits.
/// </summary>
public sealed record EstablishmentView(
    string Slug,
    string Name,
    IReadOnlyList<string> FormerNames,
    string Company,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Counties,
    string Sector,
    string Status,
    IReadOnlyList<EstablishmentPhase> Phases,
    IReadOnlyList<PlannedHires> PlannedHires,
    IReadOnlyList<ProcurementWindow> ProcurementWindows,
    IReadOnlyList<EstablishmentEventView> Events,
    IReadOnlyList<Source> Sources,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ETag)
{
    public static EstablishmentView From(Establishment e, string? etag = null) =>
        new(e.Slug, e.Name, EstablishmentNames.Former(e), e.Company, e.Municipalities, e.Counties, e.Sector, EstablishmentTerms.Word(e.Status),
            e.Phases, e.PlannedHires, e.ProcurementWindows, [.. e.Events.Select(ev => EstablishmentEventView.From(ev))], e.Sources,
            e.UpdatedAt, e.UpdatedBy, etag);

    public static EstablishmentView From(StoredEstablishment stored) => From(stored.Establishment, stored.ETag);
}

/// <summary>An event as the API returns it; the event id only in the answer to recording it.</summary>
public sealed record EstablishmentEventView(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? EventId,
    DateOnly Date,
    string Kind,
    string? Status,
    BilingualText Text,
    Source? Source,
    string RecordedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FormerName)
{
    public static EstablishmentEventView From(EstablishmentEvent e, Guid? eventId = null) =>
        new(eventId, e.Date, e.Kind, e.Status is { } status ? EstablishmentTerms.Word(status) : null, e.Text, e.Source, e.RecordedBy, e.Name, e.FormerName);
}
