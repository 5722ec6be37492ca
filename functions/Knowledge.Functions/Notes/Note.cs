using Knowledge.Shared;
using Knowledge.Needs;
using Knowledge.Tagging;

namespace Knowledge.Notes;

/// <summary>
/// An interview note. <c>Text</c> is masked: identity numbers, e-mail addresses and phone numbers never reach storage.
/// <c>RecordKey</c> is the note's key for the Cell Key Method, drawn when it is first stored.
/// </summary>
public sealed record Note(
    Guid NoteId,
    string Municipality,
    string County,
    DateOnly InterviewDate,
    CompanyFacts? Company,
    string Text,
    int MaskedItems,
    TaggingResult Suggested,
    TagReview? Review,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string BodyHash,
    long RecordKey,
    string? ETag = null,
    IReadOnlyList<string>? NamedEstablishments = null) : IVersioned
{
    /// <summary>The establishments the note names (slugs).</summary>
    public IReadOnlyList<string> Establishments => NamedEstablishments ?? [];

    /// <summary>The tags that count: the review when there is one, else the suggestion.</summary>
    public IReadOnlyList<string> Tags => Review?.Tags ?? [.. Suggested.Tags.Select(t => t.Tag)];

    /// <summary>What the note counts in the needs: in the month of its interview, with its reviewed tags when reviewed.</summary>
    public NeedsContribution ToContribution() => ToContribution(Tags);

    /// <summary>What the note counts with these tags (a review's, before it is saved).</summary>
    public NeedsContribution ToContribution(IEnumerable<string> tags) =>
        NeedsContribution.Of(
            NeedsCell.For(NeedsCell.MonthOf(InterviewDate), NeedsCell.Notes, Company?.SizeClass, Company?.Sector),
            RecordKey,
            tags,
            Establishments);
}
