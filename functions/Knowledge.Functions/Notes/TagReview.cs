namespace Knowledge.Notes;

/// <summary>Tags a staff member confirmed for a note; they win over the suggestion wherever tags are counted.</summary>
public sealed record TagReview(IReadOnlyList<string> Tags, string ReviewedBy, DateTimeOffset ReviewedAt);
