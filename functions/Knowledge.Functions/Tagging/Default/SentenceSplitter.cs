namespace Knowledge.Tagging;

/// <summary>
/// Splits notes into sentences, as ranges into the original text so evidence can point back into it.
/// Rule-based: a terminator followed by a capital or a line starting anew; abbreviations and decimals never split.
/// </summary>
internal static class SentenceSplitter
{
    // Abbreviations that never end a sentence, written without their final dot. Units such as "mkr" are left out:
    // they often do end one, and a capital after them then starts the next.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "t.ex", "bl.a", "kl", "ca", "s.k", "p.g.a", "pga", "fr.o.m", "t.o.m", "dvs", "d.v.s", "jfr", "ang", "inkl",
        "exkl", "tel", "nr", "e.g", "i.e", "vs", "approx", "mr", "mrs", "ms", "dr",
    };

    public static IReadOnlyList<TextRange> Split(string text)
    {
        var sentences = new List<TextRange>();
        SplitInto(text, sentences);
        return sentences;
    }

    public static void SplitInto(string text, List<TextRange> sentences)
    {
        sentences.Clear();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                // A line break ends a sentence unless the next line carries on in lower case (hard-wrapped text).
                if (!NextLineContinues(text, i + 1))
                {
                    Add(text, start, i, sentences);
                    start = i + 1;
                }
                i++;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '"' or '\'' or '”' or '’' or ')' or '»')
                {
                    end++;
                }
                if (EndsSentence(text, i, end))
                {
                    Add(text, start, end, sentences);
                    start = end;
                }
                i = end;
            }
            else
            {
                i++;
            }
        }
        Add(text, start, text.Length, sentences);
    }

    private static bool EndsSentence(string text, int terminator, int after)
    {
        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            return false; // "3.5", "t.ex.", "www.lkab.com": no space after the dot.
        }
        var next = after;
        while (next < text.Length && char.IsWhiteSpace(text[next]) && text[next] != '\n')
        {
            next++;
        }
        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }
        if (text[terminator] != '.')
        {
            return !char.IsLower(text[next]);
        }
        // After a dot, lower case means the dot belonged to an abbreviation.
        if (char.IsLower(text[next]))
        {
            return false;
        }
        var word = WordBefore(text, terminator);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // An initial: "A. Lindberg".
        }
        return !Abbreviations.Contains(word.ToString());
    }

    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }
        return text.AsSpan(start, dot - start);
    }

    private static bool NextLineContinues(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }
        return i < text.Length && char.IsLower(text[i]);
    }

    private static void Add(string text, int start, int end, List<TextRange> sentences)
    {
        // Trim white space and list bullets so the sentence reads cleanly as evidence.
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '-' or '*' or '•' or '–'))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new TextRange(start, end));
        }
    }
}
