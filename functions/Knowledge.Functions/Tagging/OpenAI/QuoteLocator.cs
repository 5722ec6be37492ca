using System.Text.RegularExpressions;

namespace Knowledge.Tagging;

/// <summary>Finds a model's quote in the text, so evidence is a span of the text and never the model's own words.</summary>
internal static class QuoteLocator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    /// <returns>The span [Start, End) of the first occurrence, or null when the quote does not occur.</returns>
    public static (int Start, int End)? Find(string text, string quote)
    {
        var needle = quote.Trim();
        if (needle.Length == 0)
        {
            return null;
        }

        var index = text.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            // Ordinal case folding maps char to char, so the match has the quote's length.
            index = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        }

        if (index >= 0)
        {
            return (index, index + needle.Length);
        }

        return FindIgnoringWhitespace(text, needle);
    }

    // Models reflow line breaks and double spaces inside quotes; the words must still match in order.
    private static (int Start, int End)? FindIgnoringWhitespace(string text, string needle)
    {
        var words = needle.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var pattern = string.Join(@"\s+", words.Select(Regex.Escape));
        try
        {
            var match = Regex.Match(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
            return match.Success ? (match.Index, match.Index + match.Length) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
