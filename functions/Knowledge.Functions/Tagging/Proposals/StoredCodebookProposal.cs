namespace Knowledge.Tagging.Proposals;

public enum ProposalStatus
{
    Pending,
    Accepted,
}

/// <summary>An imported codebook change as stored for an admin to accept; <c>ETag</c> guards the decision.</summary>
internal sealed record StoredCodebookProposal(
    Guid Id,
    CodebookProposal Proposal,
    ProposalStatus Status,
    DateTimeOffset ProposedAt,
    string ProposedBy,
    DateTimeOffset? AcceptedAt = null,
    string? AcceptedBy = null,
    int? AcceptedVersion = null,
    string? ETag = null);
