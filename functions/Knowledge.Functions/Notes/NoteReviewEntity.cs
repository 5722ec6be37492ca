namespace Knowledge.Notes;

/// <summary>
/// A note row's review columns alone: a review merges them into the note's row (<see cref="NoteEntity"/>), so nothing
/// else of the row is written with it.
/// </summary>
internal class NoteReviewEntity : TableRow
{
    /// <summary>The reviewed tags, space-separated; null until the note is reviewed.</summary>
    public string? ReviewedTags { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewComment { get; set; }

    public static NoteReviewEntity Of(string municipality, string rowKey, TagReview review) =>
        new()
        {
            PartitionKey = municipality,
            RowKey = rowKey,
            ReviewedTags = string.Join(' ', review.Tags),
            ReviewedBy = review.ReviewedBy,
            ReviewedAt = review.ReviewedAt.ToUniversalTime(),
            ReviewComment = review.Comment,
        };

    public TagReview? ToReview() =>
        ReviewedTags is { } reviewed
            ? new TagReview(reviewed.Split(' ', StringSplitOptions.RemoveEmptyEntries), ReviewedBy ?? "", ReviewedAt ?? DateTimeOffset.MinValue, ReviewComment)
            : null;
}
