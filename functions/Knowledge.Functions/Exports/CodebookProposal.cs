namespace Knowledge.Exports;

/// <summary>What an imported .qdc would change in the codebook; a proposal only, nothing is applied or stored.</summary>
internal sealed record CodebookProposal(
    int CodebookVersion,
    IReadOnlyList<ProposedTag> Added,
    IReadOnlyList<RenamedTag> Renamed,
    IReadOnlyList<string> Missing,
    int Unchanged);

/// <summary>A code the codebook lacks, with the tag key it would get.</summary>
internal sealed record ProposedTag(string Tag, Guid Guid, string Label, string? Description);

/// <summary>A tag whose Swedish label the imported code changes.</summary>
internal sealed record RenamedTag(string Tag, string From, string To);
