namespace Knowledge.Tagging.Training;

/// <summary>One labelled line of a corpus file (Tagging/Corpus/*.jsonl); see the corpus README for the fields.</summary>
internal sealed record CorpusStatement(
    string Id,
    string Text,
    string Lang,
    IReadOnlyList<string> Tags,
    CorpusSource Source,
    string Kind,
    [property: JsonPropertyName("translation_of")] string? TranslationOf);

/// <summary>Where a statement comes from; only the document decides the split, the other fields are for people.</summary>
internal sealed record CorpusSource(string Document);
