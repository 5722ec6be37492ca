namespace Knowledge.Tagging;

/// <summary>A topic or cue found in a sentence: tokens [First, Last], characters [Start, End), and whether a negation flipped it.</summary>
internal struct MatchedItem(VocabularyEntry entry, int first, int last, int start, int end)
{
    public readonly VocabularyEntry Entry = entry;
    public readonly int First = first;
    public readonly int Last = last;
    public readonly int Start = start;
    public readonly int End = end;
    public bool Negated;

    public readonly bool Covers(int token) => First <= token && token <= Last;

    public readonly int DistanceTo(in MatchedItem other) =>
        other.First > Last ? other.First - Last : First > other.Last ? First - other.Last : 0;
}
