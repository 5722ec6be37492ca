namespace Knowledge.Tagging;

/// <summary>
/// One position of a phrase: alternatives "tar|tog|tagit" (compared by surface and by stem),
/// "pension*" (a surface prefix), or "..." (a gap of up to MaxGap words).
/// </summary>
internal sealed class PhraseElement
{
    public const int MaxGap = 3;

    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly List<string> prefixes = [];

    private PhraseElement()
    {
    }

    public bool IsGap { get; private init; }

    /// <summary>The surface and stem keys a word must have one of; used to index phrases by their first word.</summary>
    public IReadOnlyCollection<string> Words => words;

    public bool HasPrefixes => prefixes.Count > 0;

    public static PhraseElement Parse(string element, Func<string, string> stem)
    {
        if (element is "..." or "…")
        {
            return new PhraseElement { IsGap = true };
        }
        var parsed = new PhraseElement();
        foreach (var alternative in element.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (alternative.EndsWith('*'))
            {
                parsed.prefixes.Add(alternative[..^1]);
            }
            else
            {
                parsed.words.Add(alternative);
                parsed.words.Add(stem(alternative));
            }
        }
        return parsed;
    }

    public bool Matches(string surface, string stem)
    {
        if (words.Contains(surface) || words.Contains(stem))
        {
            return true;
        }
        foreach (var prefix in prefixes)
        {
            if (surface.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
