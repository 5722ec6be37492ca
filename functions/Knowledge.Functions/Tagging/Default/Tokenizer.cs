namespace Knowledge.Tagging;

/// <summary>
/// Cuts a sentence into lower-cased words (letters and digits, plus apostrophes inside "don't"), skipping masking
/// labels such as "[personnummer]" and noting commas and clause punctuation between words.
/// </summary>
internal static class Tokenizer
{
    private const int MaxMaskLabel = 40;
    private const int StackWord = 64;

    public static void Tokenize(string text, TextRange sentence, Vocabulary vocabulary, List<Token> tokens)
    {
        tokens.Clear();
        Span<char> buffer = stackalloc char[StackWord];
        var comma = false;
        var clauseBreak = false;
        var end = sentence.End;
        var i = sentence.Start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }
                var info = vocabulary.Word(Lower(text.AsSpan(start, i - start), buffer));
                tokens.Add(new Token(start, i, info, comma, clauseBreak));
                comma = false;
                clauseBreak = false;
                continue;
            }
            if (c == '[')
            {
                var close = text.IndexOf(']', i, Math.Min(MaxMaskLabel, end - i));
                if (close > i)
                {
                    i = close + 1;
                    continue;
                }
            }
            else if (c == ',' && !Between(text, i, end, char.IsDigit))
            {
                comma = true;
            }
            else if (c is ';' or '(' or ')' or '–' or '—' || (c == ':' && !Between(text, i, end, char.IsLetter)) || (c == '-' && IsSpaced(text, i, end)))
            {
                clauseBreak = true;
            }
            i++;
        }
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var target = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            target[i] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }
        return target;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    // "3,5 miljoner" and "LKAB:s" are not punctuation between clauses.
    private static bool Between(string text, int i, int end, Func<char, bool> kind) =>
        i > 0 && i + 1 < end && kind(text[i - 1]) && kind(text[i + 1]);

    private static bool IsSpaced(string text, int i, int end) =>
        i > 0 && i + 1 < end && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]);
}
