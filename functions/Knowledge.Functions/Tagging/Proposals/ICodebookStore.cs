using Knowledge.Audit;

namespace Knowledge.Tagging.Proposals;

/// <summary>Proposed codebook changes and the accepted codebook versions.</summary>
internal interface ICodebookStore
{
    /// <summary>The latest accepted version, or null while the shipped codebook is still the current one.</summary>
    Task<CodebookEdition?> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Stores a proposal with its audit row; false when a proposal with its id is already stored.</summary>
    Task<bool> AddProposalAsync(StoredCodebookProposal proposal, AuditEntry audit, CancellationToken cancellationToken);

    Task<StoredCodebookProposal?> FindProposalAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<StoredCodebookProposal>> ListProposalsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Marks the proposal accepted and stores the next edition with the audit row, all or nothing; false when the
    /// proposal or the current edition changed since they were read (their ETags).
    /// </summary>
    Task<bool> AcceptAsync(StoredCodebookProposal accepted, CodebookEdition next, CodebookEdition? current, AuditEntry audit, CancellationToken cancellationToken);
}
