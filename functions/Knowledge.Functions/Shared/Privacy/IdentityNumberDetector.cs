using System.Text.RegularExpressions;

namespace Knowledge.Shared.Privacy;

/// <summary>Finds valid personnummer and samordningsnummer in running text, including sole traders' organisation numbers.</summary>
internal static partial class IdentityNumberDetector
{
    public static IEnumerable<Detection> Find(string text)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            var head = match.Groups["head"].Value;
            // Word processors turn hyphens into dashes; the number is the same.
            var separator = match.Groups["sep"].Value is "" or " " or "+" ? match.Groups["sep"].Value : "-";
            var kind = PersonalIdentityNumber.Classify($"{head}{separator}{match.Groups["tail"].Value}")
                // "16" + a sole trader's personnummer is the 12-digit organisation number form of personal data.
                ?? (head.StartsWith("16", StringComparison.Ordinal) && head.Length == 8 && separator != "+"
                    ? PersonalIdentityNumber.Classify($"{head[2..]}-{match.Groups["tail"].Value}")
                    : null);
            if (kind is not null)
            {
                var label = kind == PersonalIdentityKind.Samordningsnummer
                    ? PersonalDataKinds.Samordningsnummer
                    : PersonalDataKinds.Personnummer;
                yield return new Detection(match.Index, match.Length, label);
            }
        }
    }

    // Not part of a longer digit run, nor of a chain like 12-780412-1234 or 780412-1234.5.
    [GeneratedRegex(@"(?<![0-9]|[0-9][-+–‑.,/:])(?<head>[0-9]{8}|[0-9]{6})(?<sep>[-+–‑ ]?)(?<tail>[0-9]{4})(?![0-9]|[-+–‑.,/:][0-9])")]
    private static partial Regex Candidate();
}
