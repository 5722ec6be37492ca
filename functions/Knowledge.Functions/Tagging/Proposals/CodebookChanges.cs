using Knowledge.Audit;

namespace Knowledge.Tagging.Proposals;

/// <summary>
/// Imported codebook changes wait as proposals until an admin accepts one; accepting stores the next codebook
/// version and moves this instance to it at once (others follow within <c>CodebookSync</c>'s interval).
/// </summary>
internal sealed class CodebookChanges(ICodebookStore store, Codebook codebook, TimeProvider clock)
{
    /// <summary>Stores the proposal; importing the same file against the same version again answers the stored one.</summary>
    public async Task<WriteOutcome<StoredCodebookProposal>> ProposeAsync(Caller caller, Guid id, CodebookProposal proposal, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = new StoredCodebookProposal(id, proposal, ProposalStatus.Pending, now, caller.UserId);
        return await store.AddProposalAsync(stored, Audit(caller, "codebook.proposal.import", id, now), cancellationToken)
            ? new WriteOutcome<StoredCodebookProposal>(WriteStatus.Created, stored)
            : new WriteOutcome<StoredCodebookProposal>(WriteStatus.Replayed, await store.FindProposalAsync(id, cancellationToken));
    }

    public async Task<WriteOutcome<StoredCodebookProposal>> AcceptAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var proposal = await store.FindProposalAsync(id, cancellationToken);
        if (proposal is null)
        {
            return WriteOutcome<StoredCodebookProposal>.Fail(WriteStatus.NotFound, $"There is no codebook proposal {id:D}.");
        }

        if (proposal.Status == ProposalStatus.Accepted)
        {
            return new WriteOutcome<StoredCodebookProposal>(WriteStatus.Replayed, proposal);
        }

        var current = await store.CurrentAsync(cancellationToken);
        var version = current?.Version ?? codebook.Version;
        if (proposal.Proposal.CodebookVersion != version)
        {
            return WriteOutcome<StoredCodebookProposal>.Fail(
                WriteStatus.Conflict,
                $"The proposal was made against codebook version {proposal.Proposal.CodebookVersion}; the codebook is now at version {version}. Import the file again to compare it with the current codebook.");
        }

        if (proposal.Proposal.ChangesNothing)
        {
            return WriteOutcome<StoredCodebookProposal>.Fail(WriteStatus.Conflict, "The proposal changes nothing: it adds no code and renames no label.");
        }

        var now = clock.GetUtcNow();
        var next = new CodebookEdition(version + 1, proposal.Proposal.ApplyTo(current?.Tags ?? codebook.Tags));
        var accepted = proposal with { Status = ProposalStatus.Accepted, AcceptedAt = now, AcceptedBy = caller.UserId, AcceptedVersion = next.Version };
        if (!await store.AcceptAsync(accepted, next, current, Audit(caller, "codebook.proposal.accept", id, now), cancellationToken))
        {
            return WriteOutcome<StoredCodebookProposal>.Fail(WriteStatus.Conflict, "The codebook or the proposal changed while accepting; read the proposal again.");
        }

        codebook.Apply(next.Version, next.Tags);
        return new WriteOutcome<StoredCodebookProposal>(WriteStatus.Updated, accepted);
    }

    private static AuditEntry Audit(Caller caller, string action, Guid id, DateTimeOffset at) =>
        new(at, caller.UserId, caller.IdentityProvider, action, $"codebook/proposals/{id:D}", "codebook");
}
