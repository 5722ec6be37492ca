using Knowledge.Shared;
using Knowledge.Audit;

namespace Knowledge.Examples;

/// <summary>
/// The catalogue in Table storage, the source of truth. Every write advances the catalogue version and
/// records which example changed, in the same transaction, so every instance's index can catch up.
/// </summary>
internal interface IExampleStore
{
    Task<StoredExample?> FindAsync(string slug, CancellationToken cancellationToken);

    Task<CatalogueSnapshot> ListAsync(CancellationToken cancellationToken);

    Task<long> VersionAsync(CancellationToken cancellationToken);

    /// <summary>The changes after version <paramref name="after"/>, oldest first.</summary>
    Task<IReadOnlyList<CatalogueChange>> ChangesAsync(long after, CancellationToken cancellationToken);

    /// <summary>Creates (<paramref name="ifMatch"/> null) or replaces (<c>*</c> or an ETag) the example.</summary>
    Task<CatalogueWriteResult> SaveAsync(GoodExample example, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken);

    Task<CatalogueWriteResult> DeleteAsync(string slug, string ifMatch, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Writes the seed catalogue when the catalogue has never been written; false when it had.</summary>
    Task<bool> SeedAsync(IReadOnlyList<GoodExample> examples, AuditEntry audit, CancellationToken cancellationToken);
}

public sealed record StoredExample(GoodExample Example, string ETag) : IVersioned;

/// <summary>Every example, and the catalogue version read before them (changes after it may already be in the list).</summary>
internal sealed record CatalogueSnapshot(long Version, IReadOnlyList<GoodExample> Examples);

internal sealed record CatalogueChange(long Version, string Slug);

internal enum CatalogueWriteStatus
{
    Written,
    Exists,
    Missing,
    Stale,
}

internal sealed record CatalogueWriteResult(CatalogueWriteStatus Status, long Version = 0, string? ETag = null);
