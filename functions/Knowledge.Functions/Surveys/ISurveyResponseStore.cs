using Knowledge.Audit;

namespace Knowledge.Surveys;

public interface ISurveyResponseStore
{
    /// <summary>Stores the answer, its audit row and its counts atomically; false when an answer with that id already exists.</summary>
    Task<bool> TryAddAsync(SurveyResponse response, AuditEntry audit, CancellationToken cancellationToken);

    Task<SurveyResponse?> GetAsync(string municipality, Guid responseId, CancellationToken cancellationToken);

    /// <summary>
    /// The current revision of every answer in the municipality, withdrawn ones included (see <see cref="SurveyResponse.IsWithdrawn"/>),
    /// read page by page as they are enumerated.
    /// </summary>
    IAsyncEnumerable<SurveyResponse> ReadAllAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the current revision with <paramref name="revised"/> if it still has its ETag, keeps the old one as its own
    /// row and moves the counts from the old contribution to the new, atomically; false when someone changed it first.
    /// </summary>
    Task<bool> TryReviseAsync(SurveyResponse current, SurveyResponse revised, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Marks the answer withdrawn (clearing its reference) and removes its counts, atomically, if it still has its ETag; false when someone changed it first.</summary>
    Task<bool> TryWithdrawAsync(SurveyResponse current, DateTimeOffset at, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>
    /// Sets (or, with null, clears) the office's reference on the current revision and writes the audit row, atomically,
    /// if the answer still has its ETag; false when someone changed it first. No count moves.
    /// </summary>
    Task<bool> TrySetReferenceAsync(SurveyResponse current, string? reference, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>Deletes the answer and all its revisions and removes its counts, atomically; the rows deleted, 0 when someone changed it first.</summary>
    Task<int> TryEraseAsync(SurveyResponse current, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>
    /// Answers in every municipality whose data, in any revision, holds the (normalised) organisation number, written
    /// NNNNNN-NNNC or NNNNNNNNNC.
    /// </summary>
    Task<IReadOnlyList<SurveyResponse>> FindByOrganisationNumberAsync(string organisationNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the lookup rows (by id, by organisation number) of every answer in the municipality: the backfill for
    /// answers stored before those rows existed; the needs rebuild runs it.
    /// </summary>
    Task IndexAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>How many superseded revisions of the answer are kept.</summary>
    Task<int> CountRevisionsAsync(string municipality, Guid responseId, CancellationToken cancellationToken);

    /// <summary>Finds the answer in whichever municipality holds it; for callers not scoped to one (admin).</summary>
    Task<SurveyResponse?> FindAsync(Guid responseId, CancellationToken cancellationToken);
}
