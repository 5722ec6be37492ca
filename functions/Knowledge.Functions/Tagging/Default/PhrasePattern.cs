namespace Knowledge.Tagging;

/// <summary>A multiword term ("går i pension", "lånar inte ... ut") matched word by word over a sentence's tokens.</summary>
internal sealed class PhrasePattern
{
    private readonly PhraseElement[] elements;

    public PhrasePattern(VocabularyEntry entry, PhraseElement[] elements)
    {
        if (elements.Length == 0 || elements[0].IsGap || elements[^1].IsGap)
        {
            throw new InvalidOperationException($"The phrase \"{entry.Term}\" must start and end with a word.");
        }
        Entry = entry;
        this.elements = elements;
    }

    public VocabularyEntry Entry { get; }

    public PhraseElement First => elements[0];

    /// <summary>Whether the phrase matches from token start (its first word already known to match); end is its last token.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int start, int language, out int end) =>
        MatchFrom(tokens, 1, start + 1, language, out end);

    private bool MatchFrom(IReadOnlyList<Token> tokens, int element, int token, int language, out int end)
    {
        if (element == elements.Length)
        {
            end = token - 1;
            return true;
        }
        if (elements[element].IsGap)
        {
            for (var skip = 0; skip <= PhraseElement.MaxGap && token + skip < tokens.Count; skip++)
            {
                if (MatchFrom(tokens, element + 1, token + skip, language, out end))
                {
                    return true;
                }
            }
            end = -1;
            return false;
        }
        if (token < tokens.Count)
        {
            var info = tokens[token].Info;
            if (elements[element].Matches(info.Surface, info.Languages[language].Stem))
            {
                return MatchFrom(tokens, element + 1, token + 1, language, out end);
            }
        }
        end = -1;
        return false;
    }
}
