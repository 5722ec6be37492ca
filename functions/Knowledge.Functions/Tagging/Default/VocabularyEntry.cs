namespace Knowledge.Tagging;

/// <summary>
/// One compiled term or phrase. Tag is -1 for cues that count for every tag that takes generic cues.
/// Prefix terms ("försen*") match any word starting with them, or a compound part starting with them.
/// </summary>
internal sealed record VocabularyEntry(
    EntryKind Kind,
    int Tag,
    double Weight,
    TopicRole Role,
    bool Ease,
    CompoundUse Compound,
    bool Stem,
    string Term)
{
    public bool Prefix => Term.EndsWith('*');
}
