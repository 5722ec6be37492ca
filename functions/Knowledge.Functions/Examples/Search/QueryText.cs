namespace Knowledge.Examples;

/// <summary>
/// A user's search text split into quoted phrases and loose words. Nothing in it is syntax beyond the quotes: an
/// unterminated quote just quotes nothing, and "AND (" is two words.
/// </summary>
internal sealed record QueryText(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    private static readonly char[] Quotes = ['"', '“', '”', '„'];

    public static QueryText Parse(string text)
    {
        var loose = new List<string>();
        var phrases = new List<string>();
        var rest = text;
        while (true)
        {
            var open = rest.IndexOfAny(Quotes);
            var close = open < 0 ? -1 : rest.IndexOfAny(Quotes, open + 1);
            if (close < 0)
            {
                loose.Add(rest);
                break;
            }
            loose.Add(rest[..open]);
            phrases.Add(rest[(open + 1)..close]);
            rest = rest[(close + 1)..];
        }

        var words = loose.SelectMany(part => FoldedWords.Instance.Split(part)).Distinct(StringComparer.Ordinal).ToList();
        return new QueryText(words, [.. phrases.Where(p => !string.IsNullOrWhiteSpace(p))]);
    }
}
