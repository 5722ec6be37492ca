namespace Knowledge.Tagging;

/// <summary>Everything the vocabularies say about one lower-cased word, computed once and cached.</summary>
internal sealed class TokenInfo(string surface, LanguageTokenInfo[] languages)
{
    public string Surface { get; } = surface;

    /// <summary>Indexed like Vocabulary.Languages.</summary>
    public LanguageTokenInfo[] Languages { get; } = languages;
}
