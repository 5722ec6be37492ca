using System.Text.RegularExpressions;

namespace Knowledge.Shared.Privacy;

/// <summary>
/// Finds e-mail addresses in a <see cref="DetectionText"/>, including subdomains, plus-addressing, apostrophes
/// (o'brien@…) and non-ASCII letters.
/// </summary>
internal static partial class EmailAddressDetector
{
    /// <summary>
    /// Works outwards from each '@' rather than letting a regex try every start position, which would take quadratic
    /// time on long dotted text such as "1.2.3.4…".
    /// </summary>
    public static IEnumerable<Detection> Find(string text)
    {
        var searchFrom = 0;
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > searchFrom && IsLocalPartChar(text[start - 1]))
            {
                start--;
            }

            // A stray dot may begin or break the local part, and a quote may open it; only a leading one stays
            // outside the placeholder.
            while (start < at && text[start] is '.' or '\'')
            {
                start++;
            }

            var domain = Domain().Match(text, at + 1);
            if (start == at || !domain.Success)
            {
                continue;
            }

            yield return new Detection(start, domain.Index + domain.Length - start, PersonalDataKinds.Email);
            searchFrom = domain.Index + domain.Length;
            at = searchFrom - 1;
        }
    }

    // Letters with their combining accents, digits, and the symbols people use in addresses; the rest that RFC 5322
    // allows (such as '/', '?' and '=') would swallow the link an address is often pasted after.
    private static bool IsLocalPartChar(char c) =>
        char.IsLetterOrDigit(c) || IsMark(c) || c is '.' or '_' or '%' or '+' or '-' or '\'' or '&' or '~';

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // Ends with the top-level domain's letters, so sentence punctuation after the address stays in the text.
    [GeneratedRegex(@"\G(?:[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-]*[\p{L}\p{M}\p{N}])?\.)+\p{L}[\p{L}\p{M}]+")]
    private static partial Regex Domain();
}
