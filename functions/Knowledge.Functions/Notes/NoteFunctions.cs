using Knowledge.Reference;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Notes;

internal sealed class NoteFunctions(INoteStore notes, NoteIntake intake, NoteReviewer reviewer, ReferenceData reference)
{
    /// <summary>Role: office, for its own municipalities. Idempotent on the client's noteId.</summary>
    [Function("Notes_Create")]
    [AllowedRoles(Roles.Office)]
    public async Task<IResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await intake.SubmitAsync(Caller.Of(request), body, cancellationToken);
        return outcome.ToResult(NoteView.From, n => $"/api/notes/{n.NoteId:D}");
    }

    /// <summary>Role: office (its own municipalities), staff, admin. <c>?municipality=</c> is required.</summary>
    [Function("Notes_List")]
    [AllowedRoles(Roles.Office, Roles.Staff, Roles.Admin)]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notes")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        string? code = request.Query["municipality"];
        if (reference.FindMunicipality(code) is not { } municipality)
        {
            return Problems.Invalid("municipality", "Give a municipality code, e.g. ?municipality=2580.");
        }

        if (!MayRead(Caller.Of(request), municipality.Code))
        {
            return Problems.Forbidden($"You may read notes only for your own municipalities, not {municipality.Code} {municipality.Name}.");
        }

        var list = await notes.ListAsync(municipality.Code, cancellationToken);
        return TypedResults.Ok(list.OrderByDescending(n => n.InterviewDate).ThenByDescending(n => n.CreatedAt).Select(NoteView.From));
    }

    /// <summary>Role: office (its own municipalities), staff, admin. Answers with the note's ETag for reviews.</summary>
    [Function("Notes_Get")]
    [AllowedRoles(Roles.Office, Roles.Staff, Roles.Admin)]
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

        EntityTags.Set(request, note.ETag);
        return TypedResults.Ok(NoteView.From(note));
    }

    /// <summary>Role: staff, admin. Body <c>{"tags": [...]}</c> replaces the reviewed tags; <c>If-Match</c> is honoured.</summary>
    [Function("Notes_ReviewTags")]
    [AllowedRoles(Roles.Staff, Roles.Admin)]
    public async Task<IResult> ReviewTags(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "notes/{id}/tags")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var noteId))
        {
            return Problems.NotFound($"There is no note {id}.");
        }

        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await reviewer.ReviewAsync(Caller.Of(request), noteId, body, EntityTags.IfMatch(request), cancellationToken);
        EntityTags.Set(request, outcome.Value?.ETag);
        return outcome.ToResult(NoteView.From, n => $"/api/notes/{n.NoteId:D}");
    }

    private static bool MayRead(Caller caller, string municipality) =>
        caller.IsInAnyRole([Roles.Staff, Roles.Admin]) || caller.ActsForMunicipality(municipality);
}
