namespace Knowledge.Tagging;

/// <summary>A character range [Start, End) of a text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
}
