using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Knowledge.Shared.Privacy;

/// <summary>
/// A Swedish organisationsnummer, normalised to NNNNNN-NNNC. A legal entity's number has a third digit of 2 or more;
/// a sole trader (enskild firma) has no number of its own and uses the owner's personnummer, which is personal data.
/// </summary>
public sealed partial record OrganisationNumber
{
    private OrganisationNumber(string value, bool isSoleTrader)
    {
        Value = value;
        IsSoleTrader = isSoleTrader;
    }

    /// <summary>The error for a text that is no organisation number, the same wherever one is given.</summary>
    public const string Invalid = "Must be a Swedish organisation number with a valid check digit, e.g. 556036-0793.";

    /// <summary>The number as NNNNNN-NNNC.</summary>
    public string Value { get; }

    /// <summary>True when the number is the owner's personal identity number, so it must be treated as personal data.</summary>
    public bool IsSoleTrader { get; }

    /// <summary>
    /// Reads NNNNNN-NNNC or NNNNNNNNNC, optionally prefixed "16" (the 12-digit form Skatteverket uses for legal entities)
    /// or, for a sole trader, by the owner's birth century. Rejects a wrong check digit and numbers that are neither a
    /// legal entity's nor a valid personal identity number (the error to give: <see cref="Invalid"/>).
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out OrganisationNumber? number)
    {
        number = null;
        if (text is null)
        {
            return false;
        }

        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var value = $"{match.Groups["head"].Value}-{match.Groups["tail"].Value}";
        if (!Luhn.IsValid(string.Concat(match.Groups["head"].Value, match.Groups["tail"].Value)))
        {
            return false;
        }

        // A birth century only makes sense for a person, so then the full 12 digits must form a personnummer.
        var century = match.Groups["century"];
        var isPerson = century.Success
            ? PersonalIdentityNumber.IsValid($"{century.Value}{value}")
            : PersonalIdentityNumber.IsValid(value);
        var isLegalEntity = !century.Success && match.Groups["head"].Value[2] >= '2';
        if (!isPerson && !isLegalEntity)
        {
            return false;
        }

        number = new OrganisationNumber(value, isPerson);
        return true;
    }

    /// <summary>
    /// Every number in the text, normalised, as a search for its NNNNNN-NNNC or NNNNNNNNNC form would find it: anywhere,
    /// also inside a longer run of digits.
    /// </summary>
    public static IReadOnlySet<string> FindIn(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 10 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            foreach (var length in (ReadOnlySpan<int>)[10, 11])
            {
                if (i + length <= text.Length && Shape().IsMatch(text.AsSpan(i, length)) && TryParse(text.Substring(i, length), out var number))
                {
                    found.Add(number.Value);
                }
            }
        }

        return found;
    }

    public override string ToString() => Value;

    [GeneratedRegex("^(?:16|(?<century>19|20))?(?<head>[0-9]{6})-?(?<tail>[0-9]{4})$")]
    private static partial Regex Shape();
}
