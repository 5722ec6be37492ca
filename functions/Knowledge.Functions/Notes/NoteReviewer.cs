using Knowledge.Audit;
using Knowledge.Shared;
using Knowledge.Shared.Privacy;
using Knowledge.Shared.Http;
using Knowledge.Tagging;
using Microsoft.Extensions.Logging;

namespace Knowledge.Notes;

/// <summary>Staff confirm, add or remove a note's tags. Concurrent reviews are caught by the note's ETag.</summary>
internal sealed class NoteReviewer(INoteStore notes, Codebook codebook, TimeProvider clock, ILogger<NoteReviewer> logger)
{
    public const int MaxCommentLength = 1000;

    public async Task<WriteOutcome<Note>> ReviewAsync(Caller caller, Guid noteId, ReviewTagsRequest body, string? ifMatch, CancellationToken cancellationToken)
    {
        var outcome = await ReviewOnceAsync(caller, noteId, body, ifMatch, cancellationToken);
        NoteLog.NoteWritten(logger, "review", noteId, caller.UserId, outcome.Status, outcome.Value?.Review?.Tags.Count);
        return outcome;
    }

    private async Task<WriteOutcome<Note>> ReviewOnceAsync(Caller caller, Guid noteId, ReviewTagsRequest body, string? ifMatch, CancellationToken cancellationToken)
    {
        if (body.Tags.FirstOrDefault(t => !codebook.Contains(t)) is { } unknown)
        {
            return WriteOutcome<Note>.Invalid("tags", $"'{unknown}' is not a codebook tag; see /api/codebook.");
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

        // A comment is free text like a note's, so it is stored masked; the audit row records only who reviewed.
        var masked = body.Comment is null ? null : PersonalDataMasker.Mask(body.Comment).Text;
        var review = new TagReview([.. codebook.Tags.Select(t => t.Tag).Where(body.Tags.Contains)], caller.UserId, clock.GetUtcNow(), masked);
        var audit = new AuditEntry(review.ReviewedAt, caller.UserId, caller.IdentityProvider, "note.tags.review", $"notes/{noteId:D}", note.Municipality);
        if (!await notes.TrySaveReviewAsync(note, review, note.ETag!, audit, cancellationToken))
        {
            return WriteOutcome<Note>.Fail(WriteStatus.PreconditionFailed, "The note changed while you saved; reload it and review again.");
        }

        return new WriteOutcome<Note>(WriteStatus.Updated, await notes.GetAsync(note.Municipality, noteId, cancellationToken));
    }
}
