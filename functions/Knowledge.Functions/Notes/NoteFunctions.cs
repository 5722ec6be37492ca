using Knowledge.Reference;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Notes;

internal sealed class NoteFunctions(INoteStore notes, NoteIntake intake, NoteReviewer reviewer, ReferenceData reference)
{
    private const int DefaultQueueLength = 20;
    private const int MaxQueueLength = 100;

    /// <summary>Role: office, for its own municipalities. Idempotent on the client's noteId.</summary>
    [Function("Notes_Create")]
    [AllowedRoles(Roles.Office)]
    [Operation("Notes", "Stores an interview note (masked, tagged); idempotent on `noteId`.", Notes = "For the office's own municipalities.")]
    [Accepts(typeof(CreateNoteRequest))]
    [Returns(200, typeof(NoteView), "A retry: the stored note.", Headers = ResponseHeaders.ETag)]
    [Returns(201, typeof(NoteView), "Stored.", Headers = ResponseHeaders.ETag | ResponseHeaders.Location)]
    [Fails(409, 503)]
    public async Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindAsync(request, NoteBodies.Default.CreateNoteRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await intake.SubmitAsync(Caller.Of(request), body, cancellationToken);
        return outcome.ToResult(NoteView.From, n => $"/api/notes/{n.NoteId:D}");
    }

    /// <summary>
    /// Role: office (its own municipalities), staff, admin. <c>?municipality=</c>: the municipality's notes, newest
    /// interview first. <c>?county=&amp;review=pending</c> (staff, admin): the county's review queue, oldest note first,
    /// at most <c>limit</c> (default 20, at most 100).
    /// </summary>
    [Function("Notes_List")]
    [AllowedRoles(Roles.Office, Roles.Staff, Roles.Admin)]
    [Operation("Notes", "A municipality's notes, newest interview first; or a county's review queue, oldest note first.", Notes = "Offices for their own municipalities. `?county=&review=pending` (staff, admin): the county's notes awaiting review, oldest first, at most `limit`.")]
    [Parameter("municipality", "SCB municipality code, e.g. 2580. Required unless county and review are given.")]
    [Parameter("county", "SCB county code, e.g. 25, with review=pending: the county's review queue.")]
    [Parameter("review", "`pending`: notes awaiting review.", Enum = ["pending"])]
    [Parameter("limit", "Queue length, 1–100 (default 20).", Type = typeof(int), Minimum = 1, Maximum = 100)]
    [Returns(200, typeof(NoteView[]), "Notes.")]
    [Fails(503)]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request);
        if (request.Query.ContainsKey("county") || request.Query.ContainsKey("review") || request.Query.ContainsKey("limit"))
        {
            return await PendingAsync(request, caller, cancellationToken);
        }

        string? code = request.Query["municipality"];
        if (reference.FindMunicipality(code) is not { } municipality)
        {
            return Problems.Invalid("municipality", "Give a municipality code, e.g. ?municipality=2580, or ?county=25&review=pending for the review queue.");
        }

        if (!MayRead(caller, municipality.Code))
        {
            return Problems.Forbidden($"You may read notes only for your own municipalities, not {municipality.Code} {municipality.Name}.");
        }

        var list = await notes.ListAsync(municipality.Code, cancellationToken);
        return TypedResults.Ok(list.OrderByDescending(n => n.InterviewDate).ThenByDescending(n => n.CreatedAt).Select(NoteView.From));
    }

    /// <summary>Role: office (its own municipalities), staff, admin. Answers with the note's ETag for reviews.</summary>
    [Function("Notes_Get")]
    [AllowedRoles(Roles.Office, Roles.Staff, Roles.Admin)]
    [Operation("Notes", "One note, with its ETag.", Notes = "Offices for their own municipalities; another's note reads as 404.")]
    [Parameter("id", "Note UUID.", Format = "uuid")]
    [Returns(200, typeof(NoteView), "The note.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 503)]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notes/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request);

        var note = Guid.TryParse(id, out var noteId) ? await notes.FindAsync(noteId, cancellationToken) : null;

        // Another office's note reads as absent: its existence is not the caller's to know.
        if (note is null || !MayRead(caller, note.Municipality))
        {
            return Problems.NotFound($"There is no note {id} in your municipalities.");
        }

        return EntityTags.Ok(note, NoteView.From(note));
    }

    /// <summary>Role: staff, admin. Body <c>{"tags": [...]}</c> replaces the reviewed tags; <c>If-Match</c> is honoured.</summary>
    [Function("Notes_ReviewTags")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    [Operation("Notes", "Replaces the reviewed tags of a note; honours If-Match.")]
    [Parameter("id", "Note UUID.", Format = "uuid")]
    [IfMatch]
    [Accepts(typeof(ReviewTagsRequest))]
    [Returns(200, typeof(NoteView), "The reviewed note.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 412, 503)]
    public async Task<IResult> ReviewTags(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "notes/{id}/tags")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var noteId))
        {
            return Problems.NotFound($"There is no note {id}.");
        }

        var (body, problem) = await JsonBody.BindAsync(request, NoteBodies.Default.ReviewTagsRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await reviewer.ReviewAsync(Caller.Of(request), noteId, body, EntityTags.IfMatch(request), cancellationToken);
        return outcome.ToResult(NoteView.From, n => $"/api/notes/{n.NoteId:D}");
    }

    private async Task<IResult> PendingAsync(HttpRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var county = reference.FindCounty(request.Query["county"]);
        if (county is null)
        {
            errors["county"] = ["Give a county code, e.g. ?county=25; see /api/counties."];
        }

        if (request.Query["review"] != "pending")
        {
            errors["review"] = ["Only ?review=pending is supported: the county's notes awaiting review."];
        }

        if (request.Query.ContainsKey("municipality"))
        {
            errors["municipality"] = ["Give either ?municipality= or ?county=&review=pending, not both."];
        }

        var limit = DefaultQueueLength;
        if (request.Query.ContainsKey("limit") && !(int.TryParse(request.Query["limit"], out limit) && limit is >= 1 and <= MaxQueueLength))
        {
            errors["limit"] = [$"Must be a whole number from 1 to {MaxQueueLength}."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (!caller.IsInAnyRole([Roles.Staff, Roles.Admin]))
        {
            return Problems.Forbidden("Only staff review tags, so only staff and admins see the review queue.");
        }

        var pending = await notes.PendingReviewAsync(county!.Code, limit, cancellationToken);
        return TypedResults.Ok(pending.Select(NoteView.From));
    }

    private static bool MayRead(Caller caller, string municipality) =>
        caller.IsInAnyRole([Roles.Staff, Roles.Admin]) || caller.ActsForMunicipality(municipality);
}
