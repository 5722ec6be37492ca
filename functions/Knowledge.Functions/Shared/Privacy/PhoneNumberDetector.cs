using System.Text.RegularExpressions;

namespace Knowledge.Shared.Privacy;

/// <summary>
/// Finds Swedish national phone numbers (0 + 7–9 digits, "(0)" for the 0 too) and international ones (+ or 00, a
/// country code, 7–15 digits) in a <see cref="DetectionText"/>, where every space is ' ' and every dash '-'.
/// The patterns only find phone-shaped runs of digit groups; digit counts and country codes decide.
/// </summary>
internal static partial class PhoneNumberDetector
{
    private const string SwedishCountryCode = "46";

    private static readonly HashSet<string> TwoDigitCountryCodes =
    [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
        "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
        "86", "90", "91", "92", "93", "94", "95", "98",
    ];

    // Every three-digit country code starts with one of these pairs, none of which is itself a code.
    private static readonly HashSet<string> ThreeDigitCountryCodePrefixes =
    [
        "21", "22", "23", "24", "25", "26", "29", "35", "37", "38", "42", "50", "59", "67", "68", "69", "80", "85",
        "87", "88", "96", "97", "99",
    ];

    /// <summary>The two patterns cannot start inside each other's numbers; the masker drops any overlap regardless.</summary>
    public static IEnumerable<Detection> Find(string text) =>
        Scan(text, International(), IsPlausibleInternational).Concat(Scan(text, National(), IsPlausibleNational));

    private static IEnumerable<Detection> Scan(string text, Regex pattern, Func<string, bool> isPlausible)
    {
        var position = 0;
        while (position < text.Length)
        {
            var match = pattern.Match(text, position);
            if (!match.Success)
            {
                yield break;
            }

            var end = LongestPlausibleEnd(text, match, isPlausible);
            if (end < 0)
            {
                position = match.Index + 1;
                continue;
            }

            yield return new Detection(match.Index, end - match.Index, PersonalDataKinds.Phone);
            position = end;
        }
    }

    /// <summary>
    /// Prose can put another number right after a phone number ("070-123 45 67 45 anställda"), so trailing digit
    /// groups are dropped one by one until the digit count is plausible.
    /// </summary>
    private static int LongestPlausibleEnd(string text, Match match, Func<string, bool> isPlausible)
    {
        if (AmountUnit().IsMatch(text, match.Index + match.Length))
        {
            return -1;
        }

        var lead = match.Groups["lead"];
        var units = match.Groups["u"].Captures;
        for (var count = units.Count; count >= 0; count--)
        {
            var end = count == 0 ? lead.Index + lead.Length : units[count - 1].Index + units[count - 1].Length;
            if (EndsCleanly(text, end) && isPlausible(text[match.Index..end]))
            {
                return end;
            }
        }

        return -1;
    }

    private static bool EndsCleanly(string text, int end) =>
        end == text.Length
        || !(char.IsLetterOrDigit(text[end]) || text[end] == '_'
            || (".,:-".Contains(text[end]) && end + 1 < text.Length && char.IsDigit(text[end + 1])));

    private static bool IsPlausibleNational(string candidate)
    {
        // Dotted numbers (070.123.45.67) use dots only; "08.30-16.00" is a time span.
        if (candidate.Contains('.') && candidate.AsSpan().IndexOfAny(" -/") >= 0)
        {
            return false;
        }

        var digits = Digits(candidate);
        var areaCode = candidate.TrimStart('(').TakeWhile(char.IsAsciiDigit).Count();
        // Subscriber numbers have at least five digits, which keeps times such as "0830-1600" out.
        if (areaCode < digits.Length && digits.Length - areaCode < 5)
        {
            return false;
        }

        // Mobile numbers (07x) always have ten digits; that keeps dates and codes with a leading zero out.
        return digits.Length is >= 8 and <= 10 && (!digits.StartsWith("07", StringComparison.Ordinal) || digits.Length == 10);
    }

    private static bool IsPlausibleInternational(string candidate)
    {
        var number = candidate[(candidate.StartsWith('+') ? 1 : 2)..];
        // "+46 (0)70" carries the trunk zero for readers dialling from inside Sweden; it is not dialled from abroad.
        var digits = Digits(number.Replace("(0)", "", StringComparison.Ordinal));
        // Order numbers often start with zeros; "00" means abroad only when the country code stands apart, or is
        // Sweden's (0046701234567).
        if (candidate.StartsWith("00", StringComparison.Ordinal) && candidate.All(char.IsAsciiDigit)
            && !digits.StartsWith(SwedishCountryCode, StringComparison.Ordinal))
        {
            return false;
        }

        if (!StartsWithCountryCode(new string([.. number.TakeWhile(char.IsAsciiDigit)])))
        {
            return false;
        }

        if (!digits.StartsWith(SwedishCountryCode, StringComparison.Ordinal))
        {
            return digits.Length is >= 7 and <= 15;
        }

        // "+46 070-..." is a common mistake; the stray trunk zero does not change the number.
        var national = digits[SwedishCountryCode.Length..];
        national = national.StartsWith('0') ? national[1..] : national;
        return national.Length is >= 7 and <= 9 && (!national.StartsWith('7') || national.Length == 9);
    }

    /// <summary>
    /// A short first group must be a whole country code, which keeps "+2 500 000" (an amount) out;
    /// a long one ("+46701234567") must start with one.
    /// </summary>
    private static bool StartsWithCountryCode(string firstGroup)
    {
        if (firstGroup.Length > 3)
        {
            return StartsWithCountryCode(firstGroup[..1]) || StartsWithCountryCode(firstGroup[..2]) || StartsWithCountryCode(firstGroup[..3]);
        }

        return firstGroup.Length switch
        {
            1 => firstGroup is "1" or "7",
            2 => TwoDigitCountryCodes.Contains(firstGroup),
            3 => ThreeDigitCountryCodePrefixes.Contains(firstGroup[..2]),
            _ => false,
        };
    }

    private static string Digits(string candidate) => new([.. candidate.Where(char.IsAsciiDigit)]);

    // Either one run of 8–10 digits, or a possibly bracketed area code of 2–4 digits (never longer, which keeps
    // YYMMDD-NNNC out) and the subscriber number: one run, or groups of two or three digits. The leading 0 may be
    // written "(0)", as in "(0)70-123 45 67".
    [GeneratedRegex(@"(?<![\p{L}\p{N}_+]|[0-9][.,:-])(?:(?<lead>(?:\(0\) ?|0)[1-9][0-9]{6,8})(?![0-9])|(?:\((?<lead>0[1-9][0-9]{0,2})\)|(?<lead>(?:\(0\) ?|0)[1-9][0-9]{0,2})(?![0-9]))(?<u>(?: ?[-/] ?|[ .])[0-9]{2,8}(?![0-9]))(?<u>[ .-][0-9]{2,3}(?![0-9])){0,3})")]
    private static partial Regex National();

    // + or 00, then digit groups split by spaces, hyphens, dots or a bracketed area code such as (555) or (0).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_+]|[0-9][.,:-])(?:\+|00)(?<lead>[1-9][0-9]{0,14})(?![0-9])(?<u>(?: ?\([0-9]{1,4}\) ?| ?[-.] ?| )[0-9]{1,8}(?![0-9])){0,8}")]
    private static partial Regex International();

    // "+2 500 000 kr" and "0 500 000 SEK" are money, however phone-like the digits.
    [GeneratedRegex(@"\G\s*(?:kr|kronor|sek|tkr|mkr|mnkr|msek|mdkr|euro|eur|usd|dollar|%|procent)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex AmountUnit();
}
