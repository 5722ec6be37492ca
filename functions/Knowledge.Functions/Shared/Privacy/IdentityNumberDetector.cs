using System.Text.RegularExpressions;

namespace Knowledge.Shared.Privacy;

/// <summary>
/// Finds personnummer and samordningsnummer by their shape: a birth date (YYMMDD or YYYYMMDD; the day + 60 in a
/// samordningsnummer), a separator or none, and four digits, whatever the check digit, since a mistyped number still
/// names a person. "16" before the date is a sole trader's organisation number, the owner's personnummer. A legal
/// entity's organisation number has 20 or more where the month would be, so it is no date and is kept.
/// </summary>
internal static partial class IdentityNumberDetector
{
    private const string SoleTraderPrefix = "16";

    /// <summary>Finds identity numbers in <paramref name="text"/>, a <see cref="DetectionText"/>.</summary>
    /// <param name="checkDigitMustFit">Only those whose check digit fits.</param>
    public static IEnumerable<Detection> Find(string text, bool checkDigitMustFit)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            var prefix = match.Groups["prefix"].Value;
            var yy = int.Parse(match.Groups["yy"].ValueSpan);
            // Without a century, 29 February counts every fourth year (2000 was a leap year, 1900 was not).
            var year = prefix is "" or SoleTraderPrefix ? 2000 + yy : (int.Parse(prefix) * 100) + yy;
            var tenDigits = string.Concat(match.Groups["yy"].ValueSpan, match.Groups["mmdd"].ValueSpan, match.Groups["tail"].ValueSpan);
            if (PersonalIdentityNumber.TryReadDate(year, int.Parse(tenDigits.AsSpan(2, 2)), int.Parse(tenDigits.AsSpan(4, 2)), out _, out var kind)
                && (!checkDigitMustFit || Luhn.IsValid(tenDigits)))
            {
                var label = kind == PersonalIdentityKind.Samordningsnummer
                    ? PersonalDataKinds.Samordningsnummer
                    : PersonalDataKinds.Personnummer;
                yield return new Detection(match.Index, match.Length, label);
            }
        }
    }

    // Not part of a longer digit run, nor of a chain like 12-780412-1234 or 780412-1234.5. The separator may be a
    // hyphen or plus with spaces around it, a space, a dot, or nothing.
    [GeneratedRegex(@"(?<![0-9]|[0-9][-+.,/:])(?<prefix>1[689]|20)?(?<yy>[0-9]{2})(?<mmdd>[0-9]{4})(?: ?[-+] ?|[ .])?(?<tail>[0-9]{4})(?![0-9]|[-+.,/:][0-9])")]
    private static partial Regex Candidate();
}
