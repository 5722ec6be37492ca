namespace Knowledge.Tagging.Proposals;

/// <summary>An accepted version of the codebook as stored; <c>ETag</c> orders concurrent acceptances.</summary>
internal sealed record CodebookEdition(int Version, IReadOnlyList<CodebookTag> Tags, string? ETag = null);
