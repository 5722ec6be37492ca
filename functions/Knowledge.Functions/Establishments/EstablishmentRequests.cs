using System.ComponentModel;
using Knowledge.Shared.Vocabulary;

namespace Knowledge.Establishments;

/// <summary>
/// The body creating or replacing an establishment; events are not part of it (they are added one by one and
/// never rewritten). What the record cannot say (known codes, the slug of the address, months in order, each
/// year once, URLs, text lengths) EstablishmentReader checks.
/// </summary>
internal sealed record EstablishmentInput(
    [property: MaxLength(80)]
    [property: RegularExpression(SlugField.Pattern, ErrorMessage = "Use lower-case letters a–z, digits and single hyphens, e.g. lkab-construction.")]
    [property: Description("An edit may leave it out: the address gives it.")]
    string Slug,
    [property: MaxLength(200)] string Name,
    [property: MaxLength(200)] string Company,
    [property: MaxLength(300)][property: Description("SCB municipality codes; their counties are added to `counties`.")] IReadOnlyList<string>? Municipalities,
    [property: MaxLength(300)][property: Description("SCB county codes; at least one county or municipality.")] IReadOnlyList<string>? Counties,
    [property: RegularExpression("[A-U]", ErrorMessage = "Must be an SNI 2007 section letter from A to U, e.g. B (mining), C (manufacturing), D (energy), F (construction).")]
    string Sector,
    [property: AllowedValues("planned", "in_construction", "in_production", "paused", "bankrupt", "closed")]
    [property: Description("Required to create; an edit may leave it out, and cannot change it (a status changes by an event).")]
    string? Status,
    [property: MaxLength(EstablishmentReader.MaxItems)] IReadOnlyList<EstablishmentPhase>? Phases,
    [property: MaxLength(EstablishmentReader.MaxItems)] IReadOnlyList<PlannedHires>? PlannedHires,
    [property: MaxLength(EstablishmentReader.MaxItems)] IReadOnlyList<ProcurementWindow>? ProcurementWindows,
    [property: MaxLength(30)] IReadOnlyList<SourceInput>? Sources);

/// <summary>The body of a dated event; EstablishmentEventReader checks what the record cannot say.</summary>
internal sealed record EstablishmentEventInput(
    Guid EventId,
    [property: Description("From 1900 to 2100; an event with a status cannot lie in the future.")] DateOnly Date,
    [property: AllowedValues(EstablishmentTerms.StatusChange, EstablishmentTerms.Renamed, "milestone")] string Kind,
    [property: AllowedValues("planned", "in_construction", "in_production", "paused", "bankrupt", "closed")]
    [property: Description("Required for `status_change`.")]
    string? Status,
    [property: MinLength(1)][property: MaxLength(200)]
    [property: Description("The new name: required for `renamed`, and only there. The establishment's name becomes it (unless a later renaming is recorded); the name it replaced stays in `formerNames`.")]
    string? Name,
    BilingualText Text,
    SourceInput? Source);

/// <summary>
/// The request bodies Establishments binds, source-generated; the shipped establishments bind through it too.
/// Nulls are left out when an event is written for its fingerprint, so it reads as the body a client sends.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EstablishmentInput))]
[JsonSerializable(typeof(EstablishmentEventInput))]
internal sealed partial class EstablishmentRequestBodies : JsonSerializerContext;
