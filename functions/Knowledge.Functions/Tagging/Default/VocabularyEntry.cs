namespace Knowledge.Tagging;

/// <summary>One compiled term or phrase. Tag is -1 for cues that count for every tag that takes generic cues.</summary>
internal sealed record VocabularyEntry(
    EntryKind Kind,
    int Tag,
    double Weight,
    TopicRole Role,
    bool Ease,
    CompoundUse Compound,
    bool Stem,
    string Term);
