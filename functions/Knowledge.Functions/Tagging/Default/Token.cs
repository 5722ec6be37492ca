namespace Knowledge.Tagging;

/// <summary>A word of a sentence: its range in the text, what the vocabulary knows about it, and the punctuation before it.</summary>
internal readonly record struct Token(int Start, int End, TokenInfo Info, bool CommaBefore, bool BreakBefore);
