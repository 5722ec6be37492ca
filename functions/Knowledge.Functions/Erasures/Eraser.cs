using Knowledge.Audit;
using Knowledge.Notes;
using Knowledge.Surveys;

namespace Knowledge.Erasures;

/// <summary>What to erase: one answer, one note, or everything stored about a company.</summary>
internal sealed record ErasureRequest([property: MaxLength(20)] string? OrganisationNumber, Guid? ResponseId, Guid? NoteId)
{
    /// <summary>The request with its organisation number in canonical form, or the errors that stop it.</summary>
    public (ErasureRequest? Request, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (new object?[] { OrganisationNumber, ResponseId, NoteId }.Count(v => v is not null) != 1)
        {
            errors["body"] = ["Give exactly one of organisationNumber, responseId or noteId."];
        }

        Shared.Privacy.OrganisationNumber? number = null;
        if (OrganisationNumber is not null && !Shared.Privacy.OrganisationNumber.TryParse(OrganisationNumber, out number))
        {
            errors["organisationNumber"] = [Shared.Privacy.OrganisationNumber.Invalid];
        }

        return errors.Count > 0 ? (null, errors) : (this with { OrganisationNumber = number?.ToString() }, errors);
    }
}

/// <summary>The request bodies Erasures binds, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ErasureRequest))]
internal sealed partial class ErasureBodies : JsonSerializerContext;

/// <summary>What was erased, by id only. <c>Revisions</c> counts the superseded revisions deleted with the answers.</summary>
internal sealed record ErasureResult(Guid ErasureId, IReadOnlyList<Guid> Responses, int Revisions, IReadOnlyList<Guid> Notes)
{
    public int Total => Responses.Count + Notes.Count;
}

/// <summary>
/// Erases answers (every revision) and notes on request (GDPR art. 17). Each record is deleted in one transaction
/// with the removal of its counts and an audit row "erasure" naming the erasure and the record by id; a summary
/// row names the erasure and how many records it erased. Nothing erased (the name, number or text) is written.
/// Erasing again finds nothing and erases nothing.
/// </summary>
internal sealed partial class Eraser(ISurveyResponseStore responses, INoteStore notes, TableServiceClient tables, TimeProvider clock, ILogger<Eraser> logger)
{
    public const string AuditPartition = "erasures";
    private const int MaxAttempts = 5;

    public async Task<ErasureResult> EraseAsync(Caller caller, ErasureRequest request, CancellationToken cancellationToken)
    {
        var erasureId = Guid.NewGuid();
        var (answers, companyNotes) = await FindAsync(request, cancellationToken);

        var erasedResponses = new List<Guid>();
        var revisions = 0;
        foreach (var answer in answers)
        {
            var rows = await EraseResponseAsync(caller, erasureId, answer, cancellationToken);
            if (rows > 0)
            {
                erasedResponses.Add(answer.ResponseId);
                revisions += rows - 1;
            }
        }

        var erasedNotes = new List<Guid>();
        foreach (var note in companyNotes)
        {
            if (await EraseNoteAsync(caller, erasureId, note, cancellationToken))
            {
                erasedNotes.Add(note.NoteId);
            }
        }

        var result = new ErasureResult(erasureId, erasedResponses, revisions, erasedNotes);
        await tables.GetTableClient(Tables.Jobs).AddEntityAsync(
            AuditEntity.Of(AuditPartition, Audit(caller, $"erasures/{erasureId:D}", AuditPartition, result.Total)),
            cancellationToken);
        LogErased(logger, erasureId, result.Responses.Count, result.Revisions, result.Notes.Count);
        return result;
    }

    private async Task<(IReadOnlyList<SurveyResponse> Answers, IReadOnlyList<Note> Notes)> FindAsync(ErasureRequest request, CancellationToken cancellationToken)
    {
        if (request.ResponseId is { } responseId)
        {
            return (await responses.FindAsync(responseId, cancellationToken) is { } answer ? [answer] : [], []);
        }

        if (request.NoteId is { } noteId)
        {
            return ([], await notes.FindAsync(noteId, cancellationToken) is { } note ? [note] : []);
        }

        // Notes keep the company's number as a fact; answers have no such question, so only their text can hold it.
        var number = request.OrganisationNumber!;
        return (
            await responses.FindByOrganisationNumberAsync(number, cancellationToken),
            await notes.FindByOrganisationNumberAsync(number, cancellationToken));
    }

    private async Task<int> EraseResponseAsync(Caller caller, Guid erasureId, SurveyResponse answer, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var audit = Audit(caller, $"erasures/{erasureId:D}/responses/{answer.ResponseId:D}", answer.Municipality);
            if (await responses.TryEraseAsync(answer, audit, cancellationToken) is > 0 and var rows)
            {
                return rows;
            }

            // Corrected, withdrawn or erased meanwhile: erase what is there now, if anything.
            if (await responses.GetAsync(answer.Municipality, answer.ResponseId, cancellationToken) is not { } current)
            {
                return 0;
            }

            answer = current;
        }

        throw new InvalidOperationException($"Answer {answer.ResponseId:D} kept changing while it was being erased.");
    }

    private async Task<bool> EraseNoteAsync(Caller caller, Guid erasureId, Note note, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await notes.TryEraseAsync(note, Audit(caller, $"erasures/{erasureId:D}/notes/{note.NoteId:D}", note.Municipality), cancellationToken))
            {
                return true;
            }

            if (await notes.GetAsync(note.Municipality, note.NoteId, cancellationToken) is not { } current)
            {
                return false;
            }

            note = current;
        }

        throw new InvalidOperationException($"Note {note.NoteId:D} kept changing while it was being erased.");
    }

    private AuditEntry Audit(Caller caller, string target, string scope, int? count = null) =>
        new(clock.GetUtcNow(), caller.UserId, caller.IdentityProvider, "erasure", target, scope, count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure {ErasureId} erased {ResponseCount} answers ({RevisionCount} superseded revisions) and {NoteCount} notes")]
    private static partial void LogErased(ILogger logger, Guid erasureId, int responseCount, int revisionCount, int noteCount);
}
