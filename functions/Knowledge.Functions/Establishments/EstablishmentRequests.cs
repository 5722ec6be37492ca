using System.ComponentModel;
using Knowledge.Shared.Vocabulary;

namespace Knowledge.Establishments;

/// <summary>The body creating or replacing an establishment (EstablishmentReader reads and validates it field by field).</summary>
internal sealed record EstablishmentInput(
    string Slug,
    string Name,
    string? Company,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string>? Counties,
    string Sector,
    string? Status,
    IReadOnlyList<JsonObject>? Phases,
    IReadOnlyList<JsonObject>? PlannedHires,
    IReadOnlyList<JsonObject>? ProcurementWindows,
    IReadOnlyList<JsonObject>? Sources);

/// <summary>The body of a dated event (EstablishmentEventReader reads and validates it field by field).</summary>
internal sealed record EstablishmentEventInput(
    Guid EventId,
    DateOnly Date,
    [property: AllowedValues("status_change", "renamed", "milestone")] string Kind,
    string? Status,
    [property: MinLength(1)][property: MaxLength(200)]
    [property: Description("The new name: required for `renamed`, and only there. The establishment's name becomes it (unless a later renaming is recorded); the name it replaced stays in `formerNames`.")]
    string? Name,
    BilingualText Text,
    JsonObject? Source);
