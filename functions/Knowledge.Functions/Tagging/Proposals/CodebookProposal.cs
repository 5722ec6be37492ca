namespace Knowledge.Tagging.Proposals;

/// <summary>What an imported .qdc would change in the codebook, compared with <see cref="CodebookVersion"/>.</summary>
internal sealed record CodebookProposal(
    int CodebookVersion,
    IReadOnlyList<ProposedTag> Added,
    IReadOnlyList<RenamedTag> Renamed,
    IReadOnlyList<string> Missing,
    int Unchanged)
{
    public bool ChangesNothing => Added.Count == 0 && Renamed.Count == 0;

    /// <summary>
    /// The tags after the change: labels renamed in Swedish, new codes added with their name in both languages
    /// (a .qdc code has one name). Missing tags stay: answers and counters are keyed by them.
    /// </summary>
    public IReadOnlyList<CodebookTag> ApplyTo(IReadOnlyList<CodebookTag> tags)
    {
        var renamed = Renamed.ToDictionary(r => r.Tag, r => r.To, StringComparer.Ordinal);
        return
        [
            .. tags.Select(t => renamed.TryGetValue(t.Tag, out var label) ? t with { Label = t.Label with { Sv = label } } : t),
            .. Added.Select(a => new CodebookTag(a.Tag, new LocalizedText(a.Label, a.Label), new LocalizedText(a.Description ?? "", a.Description ?? ""))),
        ];
    }
}

/// <summary>A code the codebook lacks, with the tag key it would get.</summary>
internal sealed record ProposedTag(string Tag, Guid Guid, string Label, string? Description);

/// <summary>A tag whose Swedish label the imported code changes.</summary>
internal sealed record RenamedTag(string Tag, string From, string To);
