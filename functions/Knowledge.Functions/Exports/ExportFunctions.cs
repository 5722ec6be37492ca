using Knowledge.Reference;
using Knowledge.Tagging.Proposals;

namespace Knowledge.Exports;

/// <summary>REFI-QDA exchange files for NVivo, ATLAS.ti, MAXQDA and other QDA tools.</summary>
internal sealed class ExportFunctions(CodebookExport codebookExport, NotesProjectExport notesExport, CodebookImport codebookImport, CodebookChanges codebookChanges, ReferenceData reference)
{
    /// <summary>Role: staff, admin. The codebook as a REFI-QDA codebook (.qdc).</summary>
    [Function("Exports_Codebook")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Exports", "The codebook as a REFI-QDA codebook (.qdc), stable code GUIDs.")]
    [Returns(200, typeof(string), "A REFI-QDA file.", MediaType = "application/xml")]
    public async Task<IResult> Codebook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exports/codebook.qdc")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        return TypedResults.File(await codebookExport.ToBytesAsync(cancellationToken), "application/xml", CodebookExport.FileName);
    }

    /// <summary>Role: staff, admin. <c>?municipality=</c> or <c>?county=</c>: the masked notes as a REFI-QDA project (.qdpx).</summary>
    [Function("Exports_Notes")]
    // Notes of every municipality leave here, so only staff and admins, as for cross-municipality reading.
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Exports", "A municipality's or county's masked interview notes as a REFI-QDA project (.qdpx zip); reviewed tags as codings, unreviewed suggestions on separate codes.")]
    [Parameter("municipality", "A municipality code (give this or county).")]
    [Parameter("county", "A county code (give this or municipality).")]
    [Returns(200, typeof(byte[]), "The project zip.", MediaType = "application/zip")]
    [Fails(503)]
    public IResult Notes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exports/notes.qdpx")] HttpRequest request)
    {
        var (scope, problem) = ExportScope.Read(request.Query, reference);
        if (scope is null)
        {
            return problem!;
        }

        return TypedResults.Stream(
            body => notesExport.WriteAsync(scope, body, request.HttpContext.RequestAborted),
            "application/zip",
            scope.FileName);
    }

    /// <summary>
    /// Role: admin. A .qdc body: stores what it would change in the codebook (new codes, renamed labels) as a
    /// proposal (201, or 200 for the same file again); nothing is applied until an admin accepts it.
    /// </summary>
    [Function("Exports_ImportCodebook")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Exports", "Reads a REFI-QDA codebook (.qdc) and stores the change it proposes against the current codebook (added, renamed, missing tags) for an admin to accept.")]
    [Accepts(typeof(string), MediaType = "application/xml", Description = "The .qdc file as the QDA tool wrote it: UTF-8 XML.")]
    [Returns(200, typeof(CodebookProposalView), "The same file was imported against this codebook version before: the stored proposal.")]
    [Returns(201, typeof(CodebookProposalView), "The proposal, stored as pending.", Headers = ResponseHeaders.Location)]
    [Fails(503)]
    public async Task<IResult> ImportCodebook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "exports/codebook.qdc")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (proposal, id, problem) = await codebookImport.ReadAsync(request, cancellationToken);
        if (proposal is null)
        {
            return problem!;
        }

        var outcome = await codebookChanges.ProposeAsync(Caller.Of(request), id, proposal, cancellationToken);
        return outcome.ToResult(CodebookProposalView.From, CodebookProposalView.Location);
    }
}
