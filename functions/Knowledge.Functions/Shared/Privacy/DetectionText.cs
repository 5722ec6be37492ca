namespace Knowledge.Shared.Privacy;

/// <summary>
/// The copy of a text that detectors read: each character in its NFKC form where that is one character (fullwidth
/// digits and '@'), every digit as ASCII, every space as ' ', every hyphen, dash or minus as '-' and typographic
/// apostrophes as '\''. It has the text's length, so a detection's positions are positions in the text as typed.
/// </summary>
internal static class DetectionText
{
    public static string Of(string text) => string.Create(text.Length, text, static (copy, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            copy[i] = Map(source[i]);
        }
    });

    private static char Map(char c)
    {
        if (char.IsAscii(c))
        {
            return c == '\t' ? ' ' : c;
        }

        // A surrogate pair would shrink to one character; such digits (mathematical bold …) are left as they are.
        if (char.IsSurrogate(c))
        {
            return c;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.SpaceSeparator:
                return ' ';
            case UnicodeCategory.DashPunctuation:
                return '-';
            case UnicodeCategory.DecimalDigitNumber:
                return (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
            case UnicodeCategory.Format:
                // Invisible characters pasted from word processors: the soft hyphen still marks a hyphen, the rest
                // (zero-width space, word joiner, BOM) only a break.
                return c == '\u00AD' ? '-' : ' ';
        }

        if (c == '\u2212')
        {
            return '-';
        }

        if (c is '\u2018' or '\u2019' or '\u02BC')
        {
            return '\'';
        }

        var compatible = c.ToString().Normalize(NormalizationForm.FormKC);
        return compatible.Length == 1 ? compatible[0] : c;
    }
}
