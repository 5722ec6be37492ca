using System.Text.RegularExpressions;

namespace Knowledge.Shared.Privacy;

/// <summary>
/// Recognises Swedish personnummer and samordningsnummer written as YYMMDD-NNNC, YYMMDD+NNNC, YYMMDDNNNC,
/// YYYYMMDD-NNNC or YYYYMMDDNNNC (a space may stand in for the hyphen).
/// </summary>
public static partial class PersonalIdentityNumber
{
    private const int CoordinationDayOffset = 60;

    /// <summary>True when <paramref name="candidate"/> is a valid personnummer or samordningsnummer.</summary>
    public static bool IsValid(string candidate) => Classify(candidate) is not null;

    /// <summary>The kind of identity number <paramref name="candidate"/> is, or null when it is none (bad shape, date or check digit).</summary>
    public static PersonalIdentityKind? Classify(string candidate) =>
        Classify(candidate, DateOnly.FromDateTime(DateTime.Today));

    /// <summary>As <see cref="Classify(string)"/>, with the day that a 10-digit number's century is inferred from.</summary>
    public static PersonalIdentityKind? Classify(string candidate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var match = Shape().Match(candidate.Trim());
        if (!match.Success)
        {
            return null;
        }

        var year = match.Groups["century"].Success
            ? (Number(match.Groups["century"].ValueSpan) * 100) + Number(match.Groups["yy"].ValueSpan)
            : InferYear(Number(match.Groups["yy"].ValueSpan), match.Groups["sep"].ValueSpan is "+", today);
        // No one is born in the future, so a number dated after today was never issued.
        if (!TryReadDate(year, Number(match.Groups["mm"].ValueSpan), Number(match.Groups["dd"].ValueSpan), out var birthDate, out var kind)
            || birthDate > today)
        {
            return null;
        }

        // The check digit covers only the 10-digit form, never the century.
        Span<char> digits = stackalloc char[10];
        match.Groups["yy"].ValueSpan.CopyTo(digits);
        match.Groups["mm"].ValueSpan.CopyTo(digits[2..]);
        match.Groups["dd"].ValueSpan.CopyTo(digits[4..]);
        match.Groups["tail"].ValueSpan.CopyTo(digits[6..]);
        return Luhn.IsValid(digits) ? kind : null;
    }

    /// <summary>
    /// Reads the date part of an identity number: <paramref name="dayDigits"/> is the birth day, or the birth day + 60
    /// in a samordningsnummer. False when that is no date in <paramref name="year"/>.
    /// </summary>
    internal static bool TryReadDate(int year, int month, int dayDigits, out DateOnly birthDate, out PersonalIdentityKind kind)
    {
        kind = dayDigits > CoordinationDayOffset ? PersonalIdentityKind.Samordningsnummer : PersonalIdentityKind.Personnummer;
        var day = kind == PersonalIdentityKind.Samordningsnummer ? dayDigits - CoordinationDayOffset : dayDigits;
        var isDate = year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        birthDate = isDate ? new DateOnly(year, month, day) : default;
        return isDate;
    }

    /// <summary>
    /// A 10-digit number names the most recent year ending in YY (Skatteverket switches '-' to '+' from the
    /// calendar year someone turns 100, so '+' means one century earlier).
    /// </summary>
    private static int InferYear(int yy, bool centenarian, DateOnly today)
    {
        var year = today.Year - (((today.Year - yy) % 100) + 100) % 100;
        return centenarian ? year - 100 : year;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    // Centuries outside 1800–2099 cannot belong to a living or recently living person.
    [GeneratedRegex("^(?:(?<century>1[89]|20)(?<yy>[0-9]{2})(?<mm>[0-9]{2})(?<dd>[0-9]{2})[- ]?|(?<yy>[0-9]{2})(?<mm>[0-9]{2})(?<dd>[0-9]{2})(?<sep>[-+ ]?))(?<tail>[0-9]{4})$")]
    private static partial Regex Shape();
}
