namespace Knowledge.Tagging.Proposals;

/// <summary>Codebook changes imported from a QDA tool (POST /api/exports/codebook.qdc), for an admin to accept.</summary>
internal sealed class CodebookProposalFunctions(ICodebookStore store, CodebookChanges changes)
{
    /// <summary>Role: admin. Every proposal, newest first.</summary>
    [Function("Codebook_ListProposals")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Exports", "Every imported codebook proposal, newest first.")]
    [Returns(200, typeof(CodebookProposalView[]), "The proposals.")]
    [Fails(503)]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "codebook/proposals")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var proposals = await store.ListProposalsAsync(cancellationToken);
        return TypedResults.Ok(proposals.Select(CodebookProposalView.From));
    }

    /// <summary>Role: admin.</summary>
    [Function("Codebook_GetProposal")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Exports", "One imported codebook proposal.")]
    [Parameter("id", "The proposal's id.", Format = "uuid")]
    [Returns(200, typeof(CodebookProposalView), "The proposal.")]
    [Fails(404, 503)]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "codebook/proposals/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var proposalId))
        {
            return Problems.Invalid("id", "Must be a UUID.");
        }

        var proposal = await store.FindProposalAsync(proposalId, cancellationToken);
        return proposal is null
            ? Problems.NotFound($"There is no codebook proposal {proposalId:D}.")
            : TypedResults.Ok(CodebookProposalView.From(proposal));
    }

    /// <summary>Role: admin. Applies the proposal as the next codebook version; accepting it again answers 200 unchanged.</summary>
    [Function("Codebook_AcceptProposal")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Exports", "Accepts a proposal: the codebook moves to the next version, with the new codes and renamed labels; no tag is removed. Accepting again answers 200 unchanged.")]
    [Parameter("id", "The proposal's id.", Format = "uuid")]
    [Returns(200, typeof(CodebookProposalView), "The accepted proposal, with the codebook version it made.")]
    [Fails(404, 409, 503)]
    public async Task<IResult> Accept(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "codebook/proposals/{id}/accept")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var proposalId))
        {
            return Problems.Invalid("id", "Must be a UUID.");
        }

        var outcome = await changes.AcceptAsync(Caller.Of(request), proposalId, cancellationToken);
        return outcome.ToResult(CodebookProposalView.From, CodebookProposalView.Location);
    }
}
