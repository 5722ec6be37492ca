namespace Knowledge.Notes;

/// <summary>
/// Tags a staff member confirmed for a note, with who did and an optional comment (masked as note text is); the tags
/// win over the suggestion wherever tags are counted.
/// </summary>
public sealed record TagReview(IReadOnlyList<string> Tags, string ReviewedBy, DateTimeOffset ReviewedAt, string? Comment = null);
