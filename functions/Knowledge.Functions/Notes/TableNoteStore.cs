using Azure;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Disclosure;
using Knowledge.Needs;
using Knowledge.Shared;
using Knowledge.Shared.Privacy;
using Knowledge.Tagging;

namespace Knowledge.Notes;

/// <summary>Notes live in their municipality's partition, beside its answers, counters and audit rows.</summary>
internal sealed class TableNoteStore : INoteStore
{
    private readonly CountedWrite _counted;

    private readonly MunicipalityRecordSet<Note> _notes;

    private readonly ReviewQueue _queue;

    public TableNoteStore(TableServiceClient tables, CountedWrite counted, TimeProvider clock)
    {
        _queue = new ReviewQueue(tables);
        _notes = new(tables, clock, "note-", FromEntity);
        _counted = counted;
    }

    public async Task<bool> TryAddAsync(Note note, AuditEntry audit, CancellationToken cancellationToken)
    {
        await _notes.IndexAsync(note.Municipality, note.NoteId, OrganisationNumbersOf(note), cancellationToken);
        await _queue.AddAsync(note, cancellationToken);
        return await _counted.SubmitAsync(
            note.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(note)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(note.Municipality, audit)),
            ],
            NeedsChange.Add(note.ToContribution()),
            cancellationToken);
    }

    public Task<Note?> GetAsync(string municipality, Guid noteId, CancellationToken cancellationToken) =>
        _notes.GetAsync(municipality, noteId, cancellationToken);

    public Task<Note?> FindAsync(Guid noteId, CancellationToken cancellationToken) =>
        _notes.FindAsync(noteId, cancellationToken);

    public Task<IReadOnlyList<Note>> ListAsync(string municipality, CancellationToken cancellationToken) =>
        _notes.ListAsync(municipality, cancellationToken);

    public async Task<IReadOnlyList<Note>> PendingReviewAsync(string county, int limit, CancellationToken cancellationToken)
    {
        var pending = new List<Note>();
        await foreach (var (municipality, noteId) in _queue.ReadAsync(county, cancellationToken))
        {
            if (await GetAsync(municipality, noteId, cancellationToken) is { Review: null } note)
            {
                pending.Add(note);
                if (pending.Count == limit)
                {
                    break;
                }
            }
        }

        return pending;
    }

    public async Task<bool> TrySaveReviewAsync(Note note, TagReview review, string etag, AuditEntry audit, CancellationToken cancellationToken)
    {
        var update = new TableEntity(note.Municipality, _notes.RowKey(note.NoteId))
        {
            ["ReviewedTags"] = string.Join(' ', review.Tags),
            ["ReviewedBy"] = review.ReviewedBy,
            ["ReviewedAt"] = review.ReviewedAt.UtcDateTime,
            ["ReviewComment"] = review.Comment,
        };
        var saved = await _counted.SubmitAsync(
            note.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, update, new ETag(etag)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(note.Municipality, audit)),
            ],
            NeedsChange.Retag(note.ToContribution(), note.ToContribution(review.Tags)),
            cancellationToken);
        if (saved && note.Review is null)
        {
            await _queue.RemoveAsync(note, cancellationToken);
        }

        return saved;
    }

    public Task<IReadOnlyList<Note>> FindByOrganisationNumberAsync(string organisationNumber, CancellationToken cancellationToken) =>
        _notes.FindNamingAsync(organisationNumber, (note, _) => Task.FromResult(note.Company?.OrganisationNumber == organisationNumber), cancellationToken);

    public async Task IndexAsync(string municipality, CancellationToken cancellationToken)
    {
        foreach (var note in await ListAsync(municipality, cancellationToken))
        {
            await _notes.BackfillAsync(municipality, note.NoteId, OrganisationNumbersOf(note), cancellationToken);
            if (note.Review is null)
            {
                await _queue.AddAsync(note, cancellationToken);
            }
        }
    }

    public async Task<bool> TryEraseAsync(Note note, AuditEntry audit, CancellationToken cancellationToken)
    {
        var erased = await _counted.SubmitAsync(
            note.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(note.Municipality, _notes.RowKey(note.NoteId)), new ETag(note.ETag!)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(note.Municipality, audit)),
            ],
            NeedsChange.Remove(note.ToContribution()),
            cancellationToken);
        if (erased)
        {
            await _notes.UnindexAsync(note.Municipality, note.NoteId, OrganisationNumbersOf(note), cancellationToken);
            await _queue.RemoveAsync(note, cancellationToken);
        }

        return erased;
    }

    // Only a number stored as it is searched for (normalised) is indexed; a sole trader's is stored masked.
    private static IReadOnlyList<string> OrganisationNumbersOf(Note note) =>
        note.Company?.OrganisationNumber is { } stored && OrganisationNumber.TryParse(stored, out var number) && number.Value == stored ? [stored] : [];

    /// <summary>The note's row; internal so tests can load many notes in batches.</summary>
    internal TableEntity ToEntity(Note note)
    {
        var entity = new TableEntity(note.Municipality, _notes.RowKey(note.NoteId))
        {
            ["County"] = note.County,
            ["InterviewDate"] = note.InterviewDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["CompanyName"] = note.Company?.Name,
            ["OrganisationNumber"] = note.Company?.OrganisationNumber,
            ["SizeClass"] = note.Company?.SizeClass,
            ["Sector"] = note.Company?.Sector,
            ["MaskedItems"] = note.MaskedItems,
            ["Suggested"] = TaggingJson.Serialize(note.Suggested),
            ["Tagger"] = note.Suggested.Tagger,
            ["CreatedAt"] = note.CreatedAt.UtcDateTime,
            ["CreatedBy"] = note.CreatedBy,
            ["BodyHash"] = note.BodyHash,
            ["RecordKey"] = note.RecordKey,
            ["Establishments"] = string.Join(' ', note.Establishments),
        };
        LargeText.Write(entity, "Text", note.Text);
        return entity;
    }

    private Note FromEntity(TableEntity entity)
    {
        var company = entity.GetString("CompanyName") is null && entity.GetString("OrganisationNumber") is null
            && entity.GetString("SizeClass") is null && entity.GetString("Sector") is null
            ? null
            : new CompanyFacts(entity.GetString("CompanyName"), entity.GetString("OrganisationNumber"), entity.GetString("SizeClass"), entity.GetString("Sector"));
        var review = entity.GetString("ReviewedTags") is { } reviewed
            ? new TagReview(reviewed.Split(' ', StringSplitOptions.RemoveEmptyEntries), entity.GetString("ReviewedBy") ?? "", entity.GetDateTimeOffset("ReviewedAt") ?? DateTimeOffset.MinValue, entity.GetString("ReviewComment"))
            : null;
        return new Note(
            _notes.IdOf(entity),
            entity.PartitionKey,
            entity.GetString("County") ?? "",
            DateOnly.ParseExact(entity.GetString("InterviewDate")!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            company,
            LargeText.Read(entity, "Text"),
            entity.GetInt32("MaskedItems") ?? 0,
            TaggingJson.Deserialize(entity.GetString("Suggested")) ?? new TaggingResult("", []),
            review,
            entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            entity.GetString("CreatedBy") ?? "",
            entity.GetString("BodyHash") ?? "",
            entity.GetInt64("RecordKey") ?? RecordKeys.Of(_notes.IdOf(entity)),
            entity.ETag.ToString(),
            (entity.GetString("Establishments") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
