using Azure;
using Knowledge.Audit;
using Knowledge.Needs;
using Knowledge.Shared.Privacy;

namespace Knowledge.Notes;

/// <summary>Notes live in their municipality's partition, beside its answers, counters and audit rows.</summary>
internal sealed class TableNoteStore : INoteStore
{
    private readonly CountedWrite _counted;

    private readonly MunicipalityRecordSet<NoteEntity, Note> _notes;

    private readonly ReviewQueue _queue;

    public TableNoteStore(TableServiceClient tables, CountedWrite counted, TimeProvider clock)
    {
        _queue = new ReviewQueue(tables);
        _notes = new(tables, clock, NoteEntity.RowPrefix, entity => entity.ToNote());
        _counted = counted;
    }

    public async Task<bool> TryAddAsync(Note note, AuditEntry audit, CancellationToken cancellationToken)
    {
        await _notes.IndexAsync(note.Municipality, note.NoteId, OrganisationNumbersOf(note), cancellationToken);
        await _queue.AddAsync(note, cancellationToken);
        return await _counted.SubmitAsync(
            note.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.Add, NoteEntity.Of(note)),
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
        var update = NoteReviewEntity.Of(note.Municipality, _notes.RowKey(note.NoteId), review);
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
                new TableTransactionAction(TableTransactionActionType.Delete, new NoteEntity { PartitionKey = note.Municipality, RowKey = _notes.RowKey(note.NoteId) }, new ETag(note.ETag!)),
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
}
