namespace Knowledge.Tagging.Proposals;

/// <summary>A proposal as the API shows it.</summary>
internal sealed record CodebookProposalView(
    Guid Id,
    string Status,
    int CodebookVersion,
    IReadOnlyList<ProposedTag> Added,
    IReadOnlyList<RenamedTag> Renamed,
    IReadOnlyList<string> Missing,
    int Unchanged,
    DateTimeOffset ProposedAt,
    string ProposedBy,
    DateTimeOffset? AcceptedAt,
    string? AcceptedBy,
    int? AcceptedVersion)
{
    public static CodebookProposalView From(StoredCodebookProposal stored) =>
        new(
            stored.Id,
            stored.Status == ProposalStatus.Accepted ? "accepted" : "pending",
            stored.Proposal.CodebookVersion,
            stored.Proposal.Added,
            stored.Proposal.Renamed,
            stored.Proposal.Missing,
            stored.Proposal.Unchanged,
            stored.ProposedAt,
            stored.ProposedBy,
            stored.AcceptedAt,
            stored.AcceptedBy,
            stored.AcceptedVersion);

    public static string Location(StoredCodebookProposal stored) => $"/api/codebook/proposals/{stored.Id:D}";
}
