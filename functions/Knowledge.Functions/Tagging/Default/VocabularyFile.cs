namespace Knowledge.Tagging;

/// <summary>
/// One language's vocabulary as written in Tagging/Vocabulary/&lt;language&gt;.json. Negations negate what follows them
/// and, when nothing does, a word just before ("lånen beviljades inte"); ForwardNegations ("ingen", "no") only what follows.
/// Pronouns stop that reach back: in "en omsättning vi inte har" the negation belongs to the clause "vi ... har".
/// InfinitiveMarkers ("att", "to") tie an ease cue to a difficulty before it: "svårt att hitta tillräckligt med folk".
/// </summary>
internal sealed record VocabularyFile(
    string Language,
    IReadOnlyList<string> FunctionWords,
    IReadOnlyList<string> Negations,
    IReadOnlyList<string> ForwardNegations,
    IReadOnlyList<string> Pronouns,
    IReadOnlyList<string> NotNegations,
    IReadOnlyList<string> ClauseBreaks,
    CueGroups Cues,
    IReadOnlyDictionary<string, TagVocabulary> Tags,
    IReadOnlyList<string>? Inflections = null,
    CompoundRules? Compounds = null,
    IReadOnlyList<string>? InfinitiveMarkers = null);

/// <summary>Words that make a nearby topic a difficulty ("svårt", "shortage") or explicitly not one ("lätt", "solved").</summary>
internal sealed record CueGroups(IReadOnlyList<TermGroup>? Difficulty = null, IReadOnlyList<TermGroup>? Ease = null);

/// <summary>A tag's topic terms, and cues that only count for this tag.</summary>
internal sealed record TagVocabulary(IReadOnlyList<TermGroup> Terms, CueGroups? Cues = null, bool GenericCues = true);

/// <summary>
/// Terms sharing weight, role and compound use. A term with spaces is a phrase. Stem false matches a word only as
/// written plus inflection endings, for words whose stem collides with another word ("säkerheter" → "säker").
/// </summary>
internal sealed record TermGroup(
    IReadOnlyList<string> Terms,
    double Weight = 0.5,
    TopicRole Role = TopicRole.Subject,
    CompoundUse Compound = CompoundUse.Any,
    bool Stem = true,
    string? Note = null);

/// <summary>How long a dictionary form must be to count as part of a compound (Swedish writes compounds as one word).</summary>
internal sealed record CompoundRules(int MinPart = 4, int MinInfix = 6, int MinRest = 3);
