using System.Text.Json.Nodes;
using Knowledge.Audit;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Knowledge.Tagging;
using Microsoft.Extensions.Logging;

namespace Knowledge.Notes;

/// <summary>Staff confirm, add or remove a note's tags. Concurrent reviews are caught by the note's ETag.</summary>
internal sealed class NoteReviewer(INoteStore notes, Codebook codebook, TimeProvider clock, ILogger<NoteReviewer> logger)
{
    public async Task<WriteOutcome<Note>> ReviewAsync(Caller caller, Guid noteId, JsonObject body, string? ifMatch, CancellationToken cancellationToken)
    {
        var outcome = await ReviewOnceAsync(caller, noteId, body, ifMatch, cancellationToken);
        NoteLog.NoteWritten(logger, "review", noteId, caller.UserId, outcome.Status, outcome.Value?.Review?.Tags.Count);
        return outcome;
    }

    private async Task<WriteOutcome<Note>> ReviewOnceAsync(Caller caller, Guid noteId, JsonObject body, string? ifMatch, CancellationToken cancellationToken)
    {
        var fields = new FieldReader(body);
        var tags = fields.Strings("tags", maxItems: codebook.Tags.Count, maxLength: 50);
        fields.RejectUnknown("tags");
        foreach (var unknown in tags?.Where(t => !codebook.Contains(t)) ?? [])
        {
            fields.AddError("tags", $"'{unknown}' is not a codebook tag; see /api/codebook.");
        }

        if (!fields.IsValid)
        {
            return WriteOutcome<Note>.Invalid(fields.Errors);
        }

        var note = await notes.FindAsync(noteId, cancellationToken);
        if (note is null)
        {
            return WriteOutcome<Note>.Fail(WriteStatus.NotFound, $"There is no note {noteId:D}.");
        }

        if (ifMatch is not null && ifMatch != note.ETag)
        {
            return WriteOutcome<Note>.Fail(WriteStatus.PreconditionFailed, "The note changed since you read it; reload it and review again.");
        }

        var review = new TagReview([.. codebook.Tags.Select(t => t.Tag).Where(tags!.Contains)], caller.UserId, clock.GetUtcNow());
        var audit = new AuditEntry(review.ReviewedAt, caller.UserId, caller.IdentityProvider, "note.tags.review", $"notes/{noteId:D}", note.Municipality);
        if (!await notes.TrySaveReviewAsync(note, review, note.ETag!, audit, cancellationToken))
        {
            return WriteOutcome<Note>.Fail(WriteStatus.PreconditionFailed, "The note changed while you saved; reload it and review again.");
        }

        return new WriteOutcome<Note>(WriteStatus.Updated, await notes.GetAsync(note.Municipality, noteId, cancellationToken));
    }
}
