using Knowledge.Audit;

namespace Knowledge.Notes;

public interface INoteStore
{
    /// <summary>Stores the note, its audit row and its counts atomically; false when a note with that id already exists.</summary>
    Task<bool> TryAddAsync(Note note, AuditEntry audit, CancellationToken cancellationToken);

    Task<Note?> GetAsync(string municipality, Guid noteId, CancellationToken cancellationToken);

    /// <summary>Finds the note in whichever municipality holds it; for callers not scoped to one (staff, admin).</summary>
    Task<Note?> FindAsync(Guid noteId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Note>> ListAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> of the county's unreviewed notes, oldest first.</summary>
    Task<IReadOnlyList<Note>> PendingReviewAsync(string county, int limit, CancellationToken cancellationToken);

    /// <summary>Saves a review and moves the counts to its tags, if the note still has <paramref name="etag"/>; false when someone changed it first.</summary>
    Task<bool> TrySaveReviewAsync(Note note, TagReview review, string etag, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Notes in every municipality whose company has this (normalised) organisation number.</summary>
    Task<IReadOnlyList<Note>> FindByOrganisationNumberAsync(string organisationNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the lookup rows (by id, by organisation number, in the review queue) of every note in the municipality: the backfill for
    /// notes stored before those rows existed; the needs rebuild runs it.
    /// </summary>
    Task IndexAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>Deletes the note (text, company facts, tags) and removes its counts, atomically, if it still has its ETag; false when someone changed or erased it first.</summary>
    Task<bool> TryEraseAsync(Note note, AuditEntry audit, CancellationToken cancellationToken);
}
