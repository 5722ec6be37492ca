namespace Knowledge.Tagging;

/// <summary>A word as one language sees it: its Snowball stem, its role, the terms it contains and the phrases it may start.</summary>
internal sealed class LanguageTokenInfo(
    string stem,
    bool isFunctionWord,
    bool isPronoun,
    bool isNegation,
    bool negatesBackward,
    bool isClauseBreak,
    bool isInfinitiveMarker,
    VocabularyEntry[] matches,
    PhrasePattern[] phraseStarts)
{
    public string Stem { get; } = stem;

    public bool IsFunctionWord { get; } = isFunctionWord;

    public bool IsPronoun { get; } = isPronoun;

    public bool IsNegation { get; } = isNegation;

    /// <summary>Whether the negation may reach back to a word before it when nothing after it can be negated.</summary>
    public bool NegatesBackward { get; } = negatesBackward;

    public bool IsClauseBreak { get; } = isClauseBreak;

    public bool IsInfinitiveMarker { get; } = isInfinitiveMarker;

    /// <summary>Topic and cue entries found in the word, the most specific one per tag (or per cue tag and polarity).</summary>
    public VocabularyEntry[] Matches { get; } = matches;

    public PhrasePattern[] PhraseStarts { get; } = phraseStarts;
}
