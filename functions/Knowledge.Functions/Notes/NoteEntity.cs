using System.Runtime.Serialization;
using Knowledge.Disclosure;
using Knowledge.Tagging;

namespace Knowledge.Notes;

/// <summary>
/// A note row, <c>note-{id}</c> in its municipality's partition. A note's text is at most
/// <see cref="NoteIntake.MaxTextLength"/> characters, within one chunk (<c>TextChunks</c>, <c>Text0</c>).
/// </summary>
internal sealed class NoteEntity : NoteReviewEntity
{
    public const string RowPrefix = "note-";

    public string? County { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? InterviewDate { get; set; }

    public string? CompanyName { get; set; }

    public string? OrganisationNumber { get; set; }

    public string? SizeClass { get; set; }

    public string? Sector { get; set; }

    public int MaskedItems { get; set; }

    public string? Suggested { get; set; }

    public string? Tagger { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? BodyHash { get; set; }

    public long? RecordKey { get; set; }

    /// <summary>The named establishments' slugs, space-separated.</summary>
    public string? Establishments { get; set; }

    public int TextChunks { get; set; }

    public string? Text0 { get; set; }

    [IgnoreDataMember]
    public string Text
    {
        get => LargeText.Join(this, nameof(Text));
        set => LargeText.Split(this, nameof(Text), value);
    }

    [IgnoreDataMember]
    public Guid NoteId => Guid.Parse(RowKey.AsSpan(RowPrefix.Length));

    public static string RowKeyOf(Guid noteId) => RowPrefix + noteId.ToString("D");

    public static NoteEntity Of(Note note) =>
        new()
        {
            PartitionKey = note.Municipality,
            RowKey = RowKeyOf(note.NoteId),
            County = note.County,
            InterviewDate = note.InterviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CompanyName = note.Company?.Name,
            OrganisationNumber = note.Company?.OrganisationNumber,
            SizeClass = note.Company?.SizeClass,
            Sector = note.Company?.Sector,
            MaskedItems = note.MaskedItems,
            Suggested = TaggingJson.Serialize(note.Suggested),
            Tagger = note.Suggested.Tagger,
            CreatedAt = note.CreatedAt.ToUniversalTime(),
            CreatedBy = note.CreatedBy,
            BodyHash = note.BodyHash,
            RecordKey = note.RecordKey,
            Establishments = string.Join(' ', note.Establishments),
            Text = note.Text,
        };

    public Note ToNote()
    {
        var company = CompanyName is null && OrganisationNumber is null && SizeClass is null && Sector is null
            ? null
            : new CompanyFacts(CompanyName, OrganisationNumber, SizeClass, Sector);
        return new Note(
            NoteId,
            PartitionKey,
            County ?? "",
            DateOnly.ParseExact(InterviewDate!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            company,
            Text,
            MaskedItems,
            TaggingJson.Deserialize(Suggested) ?? new TaggingResult("", []),
            ToReview(),
            CreatedAt,
            CreatedBy ?? "",
            BodyHash ?? "",
            RecordKey ?? RecordKeys.Of(NoteId),
            ETag.ToString(),
            (Establishments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
