namespace Knowledge.Tagging;

/// <summary>The sentence around a span: a simple split at . ! ? before whitespace, and at line breaks.</summary>
internal static class SentenceFinder
{
    public static string Around(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && !EndsSentence(text, from - 1))
        {
            from--;
        }

        var to = Math.Max(end, start + 1);
        while (to < text.Length && !EndsSentence(text, to - 1))
        {
            to++;
        }

        return text[from..Math.Min(to, text.Length)].Trim();
    }

    // The mark must be followed by whitespace or the end, so "3.5" or "www.foo.se" do not split a sentence.
    private static bool EndsSentence(string text, int index) =>
        text[index] == '\n'
        || ((text[index] is '.' or '!' or '?') && (index + 1 == text.Length || char.IsWhiteSpace(text[index + 1])));
}
