using Azure;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Needs;
using Knowledge.Shared;
using Knowledge.Tagging;

namespace Knowledge.Notes;

/// <summary>Notes live in their municipality's partition, beside its answers, counters and audit rows.</summary>
internal sealed class TableNoteStore(TableServiceClient tables) : INoteStore
{
    private const string RowPrefix = "note-";

    private TableClient Table => tables.GetTableClient(Tables.MunicipalityRecords);

    public Task<bool> TryAddAsync(Note note, AuditEntry audit, CancellationToken cancellationToken)
    {
        var contribution = NeedsContributions.Of(note);
        return CountedWrite.SubmitAsync(
            Table,
            note.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(note)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditRecord.ToEntity(note.Municipality, audit)),
            ],
            contribution.Cell,
            counter => NeedsCounter.Apply(counter, contribution, +1),
            cancellationToken);
    }

    public async Task<Note?> GetAsync(string municipality, Guid noteId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(municipality, RowKey(noteId), cancellationToken: cancellationToken);
        return entity.HasValue ? FromEntity(entity.Value!) : null;
    }

    public async Task<Note?> FindAsync(Guid noteId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey(noteId)}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1, cancellationToken: cancellationToken))
        {
            return FromEntity(entity);
        }

        return null;
    }

    public async Task<IReadOnlyList<Note>> ListAsync(string municipality, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {RowPrefix} and RowKey lt {"note."}");
        var notes = new List<Note>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            notes.Add(FromEntity(entity));
        }

        return notes;
    }

    public Task<bool> TrySaveReviewAsync(Note note, TagReview review, string etag, AuditEntry audit, CancellationToken cancellationToken)
    {
        var update = new TableEntity(note.Municipality, RowKey(note.NoteId))
        {
            ["ReviewedTags"] = string.Join(' ', review.Tags),
            ["ReviewedBy"] = review.ReviewedBy,
            ["ReviewedAt"] = review.ReviewedAt.UtcDateTime,
        };
        var before = NeedsContributions.Of(note);
        var after = NeedsContributions.Of(note, review.Tags);
        return CountedWrite.SubmitAsync(
            Table,
            note.Municipality,
            [
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, update, new ETag(etag)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditRecord.ToEntity(note.Municipality, audit)),
            ],
            before.Cell,
            counter =>
            {
                NeedsCounter.ApplyTags(counter, before, -1);
                NeedsCounter.ApplyTags(counter, after, +1);
            },
            cancellationToken);
    }

    private static string RowKey(Guid noteId) => RowPrefix + noteId.ToString("D");

    private static TableEntity ToEntity(Note note)
    {
        var entity = new TableEntity(note.Municipality, RowKey(note.NoteId))
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
        };
        LargeText.Write(entity, "Text", note.Text);
        return entity;
    }

    private static Note FromEntity(TableEntity entity)
    {
        var company = entity.GetString("CompanyName") is null && entity.GetString("OrganisationNumber") is null
            && entity.GetString("SizeClass") is null && entity.GetString("Sector") is null
            ? null
            : new CompanyFacts(entity.GetString("CompanyName"), entity.GetString("OrganisationNumber"), entity.GetString("SizeClass"), entity.GetString("Sector"));
        var review = entity.GetString("ReviewedTags") is { } reviewed
            ? new TagReview(reviewed.Split(' ', StringSplitOptions.RemoveEmptyEntries), entity.GetString("ReviewedBy") ?? "", entity.GetDateTimeOffset("ReviewedAt") ?? DateTimeOffset.MinValue)
            : null;
        return new Note(
            Guid.Parse(entity.RowKey.AsSpan(RowPrefix.Length)),
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
            entity.ETag.ToString());
    }
}
