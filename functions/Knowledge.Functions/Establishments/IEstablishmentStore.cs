using Knowledge.Shared;
using Knowledge.Audit;

namespace Knowledge.Establishments;

/// <summary>The establishments in Table storage; events are appended, never rewritten.</summary>
public interface IEstablishmentStore
{
    /// <summary>Every establishment, or those in a county.</summary>
    Task<IReadOnlyList<Establishment>> ListAsync(string? county, CancellationToken cancellationToken);

    Task<Establishment?> FindAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The establishment with its events and the ETag of its row, which every write to it changes.</summary>
    Task<StoredEstablishment?> GetAsync(string slug, CancellationToken cancellationToken);

    /// <summary>Creates (<paramref name="ifMatch"/> null) or replaces (an ETag or <c>*</c>) the establishment; its events stay as they are.</summary>
    Task<EstablishmentWriteResult> SaveAsync(Establishment establishment, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an event and, when it carries a status, makes that the establishment's status (a new name: its
    /// name, see <see cref="EstablishmentNames"/>), in one transaction with the audit row. An event id already stored answers <see cref="EventWriteStatus.Exists"/>.
    /// </summary>
    Task<EventWriteResult> AddEventAsync(string slug, RecordedEvent recorded, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Writes the shipped establishments and their events when they have never been written; false when they had.</summary>
    Task<bool> SeedAsync(IReadOnlyList<SeedEstablishment> seed, AuditEntry audit, CancellationToken cancellationToken);
}

public sealed record StoredEstablishment(Establishment Establishment, string ETag) : IVersioned;

public sealed record SeedEstablishment(Establishment Establishment, IReadOnlyList<RecordedEvent> Events);

public enum EstablishmentWriteStatus
{
    Written,
    Exists,
    Missing,
    Stale,
}

public sealed record EstablishmentWriteResult(EstablishmentWriteStatus Status, string? ETag = null);

public enum EventWriteStatus
{
    Added,
    Exists,
    Missing,
    Stale,
}

/// <summary>What became of an event: <see cref="Existing"/> is the stored one when its id was taken, <see cref="Added"/> the one stored now (with the name a renaming replaced).</summary>
public sealed record EventWriteResult(EventWriteStatus Status, RecordedEvent? Existing = null, string? ETag = null, RecordedEvent? Added = null);
