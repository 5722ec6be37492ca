using Knowledge.Tagging;

namespace Knowledge.Notes;

/// <summary>A note as the API shows it: masked text, the suggestion with its evidence, the review and the tags that count.</summary>
internal sealed record NoteView(
    Guid NoteId,
    string Municipality,
    string County,
    DateOnly InterviewDate,
    CompanyFacts? Company,
    string Text,
    int MaskedItems,
    TaggingResult Suggested,
    TagReview? Review,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Establishments,
    DateTimeOffset CreatedAt)
{
    public static NoteView From(Note n) =>
        new(n.NoteId, n.Municipality, n.County, n.InterviewDate, n.Company, n.Text, n.MaskedItems, n.Suggested, n.Review, n.Tags, n.Establishments, n.CreatedAt);
}
