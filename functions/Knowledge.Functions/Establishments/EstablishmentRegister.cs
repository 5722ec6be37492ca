using Knowledge.Audit;

namespace Knowledge.Establishments;

/// <summary>
/// Staff edits of the establishments: validated, audited, safe to retry, guarded by ETags. A status only
/// changes through an event, so every earlier status stays in the history.
/// </summary>
internal sealed class EstablishmentRegister(IEstablishmentStore store, EstablishmentReader reader, EstablishmentEventReader eventReader, TimeProvider clock)
{
    private const int MaxAttempts = 20;

    /// <summary>Creates an establishment; a retry with the same content answers the stored one, other content under the slug is a conflict.</summary>
    public async Task<WriteOutcome<StoredEstablishment>> CreateAsync(Caller caller, EstablishmentInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (establishment, errors) = reader.Read(input, null, null, caller.UserId, now);
        if (establishment is null)
        {
            return WriteOutcome<StoredEstablishment>.Invalid(errors);
        }

        var result = await store.SaveAsync(establishment, null, Audit(caller, "establishments.create", establishment.Slug, now), cancellationToken);
        if (result.Status == EstablishmentWriteStatus.Exists)
        {
            var existing = await store.GetAsync(establishment.Slug, cancellationToken);
            return existing is not null && SameContent(existing.Establishment, establishment)
                ? new WriteOutcome<StoredEstablishment>(WriteStatus.Replayed, existing)
                : WriteOutcome<StoredEstablishment>.Fail(WriteStatus.Conflict, $"There is already an establishment '{establishment.Slug}' with other content; change it with PUT /api/establishments/{establishment.Slug}.");
        }

        return new WriteOutcome<StoredEstablishment>(WriteStatus.Created, new StoredEstablishment(establishment, result.ETag ?? ""));
    }

    /// <summary>
    /// Replaces an establishment's description, keeping its events; <paramref name="ifMatch"/> makes a stale
    /// edit fail. Without it the edit is reapplied to the latest version, so it never undoes an event's status.
    /// </summary>
    public async Task<WriteOutcome<StoredEstablishment>> UpdateAsync(Caller caller, string slug, EstablishmentInput input, string? ifMatch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.GetAsync(slug, cancellationToken);
            if (stored is null)
            {
                return NotFound(slug);
            }

            if (ifMatch is not null && ifMatch != "*" && ifMatch != stored.ETag)
            {
                return Stale(slug);
            }

            var now = clock.GetUtcNow();
            var current = stored.Establishment;
            var (establishment, errors) = reader.Read(input, slug, current.Status, caller.UserId, now);
            if (establishment is null)
            {
                return WriteOutcome<StoredEstablishment>.Invalid(errors);
            }

            if (establishment.Status != current.Status)
            {
                return WriteOutcome<StoredEstablishment>.Invalid("status",
                    $"The status is {EstablishmentTerms.Word(current.Status)}; change it with an event: POST /api/establishments/{slug}/events with kind status_change.");
            }

            var result = await store.SaveAsync(establishment, stored.ETag, Audit(caller, "establishments.update", slug, now), cancellationToken);
            switch (result.Status)
            {
                case EstablishmentWriteStatus.Missing:
                    return NotFound(slug);
                case EstablishmentWriteStatus.Stale when ifMatch is not null && ifMatch != "*":
                    return Stale(slug);
                case EstablishmentWriteStatus.Stale when attempt < MaxAttempts:
                    // An event or another edit came in between; read again and reapply.
                    continue;
                case EstablishmentWriteStatus.Stale:
                    return Stale(slug);
                default:
                    return new WriteOutcome<StoredEstablishment>(WriteStatus.Updated, new StoredEstablishment(establishment with { Events = current.Events }, result.ETag ?? ""));
            }
        }
    }

    /// <summary>Appends an event; idempotent on the client's event id (same body 200, other body 409).</summary>
    public async Task<WriteOutcome<AddedEvent>> AddEventAsync(Caller caller, string slug, EstablishmentEventInput input, string? ifMatch, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (recorded, errors) = eventReader.Read(input, caller.UserId, now);
        if (recorded is null)
        {
            return WriteOutcome<AddedEvent>.Invalid(errors);
        }

        var result = await store.AddEventAsync(slug, recorded, ifMatch, Audit(caller, "establishments.event", slug, now), cancellationToken);
        return result.Status switch
        {
            EventWriteStatus.Missing => WriteOutcome<AddedEvent>.Fail(WriteStatus.NotFound, $"There is no establishment '{slug}'."),
            EventWriteStatus.Stale => WriteOutcome<AddedEvent>.Fail(WriteStatus.PreconditionFailed, StaleDetail(slug)),
            EventWriteStatus.Exists when result.Existing!.BodyHash == recorded.BodyHash => new WriteOutcome<AddedEvent>(WriteStatus.Replayed, new AddedEvent(slug, result.Existing, null)),
            EventWriteStatus.Exists => WriteOutcome<AddedEvent>.Fail(WriteStatus.Conflict, $"Event {recorded.EventId} was already recorded with another body; give a new event a new eventId."),
            _ => new WriteOutcome<AddedEvent>(WriteStatus.Created, new AddedEvent(slug, result.Added ?? recorded, result.ETag)),
        };
    }

    private static WriteOutcome<StoredEstablishment> NotFound(string slug) =>
        WriteOutcome<StoredEstablishment>.Fail(WriteStatus.NotFound, $"There is no establishment '{slug}'; create it with POST /api/establishments.");

    private static WriteOutcome<StoredEstablishment> Stale(string slug) =>
        WriteOutcome<StoredEstablishment>.Fail(WriteStatus.PreconditionFailed, StaleDetail(slug));

    private static string StaleDetail(string slug) =>
        $"Establishment '{slug}' was changed by someone else since you read it; read it again and redo your change.";

    private static AuditEntry Audit(Caller caller, string action, string slug, DateTimeOffset at) =>
        new(at, caller.UserId, caller.IdentityProvider, action, $"establishments/{slug}", "establishments");

    private static bool SameContent(Establishment a, Establishment b) =>
        JsonSerializer.Serialize(a with { Events = [], UpdatedAt = default, UpdatedBy = "" }, EstablishmentJson.Options)
        == JsonSerializer.Serialize(b with { Events = [], UpdatedAt = default, UpdatedBy = "" }, EstablishmentJson.Options);
}

/// <summary>An event as stored, and the establishment's new ETag when this call wrote it.</summary>
internal sealed record AddedEvent(string Slug, RecordedEvent Recorded, string? ETag) : IVersioned;
