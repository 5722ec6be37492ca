using System.Text.RegularExpressions;

namespace Knowledge.Reports;

/// <summary>The period of a situation report: a quarter ("2026-Q3") or a month ("2026-09").</summary>
public sealed partial record ReportPeriod(string Name, DateOnly First, DateOnly Last)
{
    public string From => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string To => Last.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public bool IsQuarter => Name.Contains('Q', StringComparison.Ordinal);

    /// <summary>The first day after the period.</summary>
    public DateOnly End => Last.AddMonths(1);

    /// <summary>The period of the same length just before this one, for the change since then.</summary>
    public ReportPeriod Previous => IsQuarter ? Quarter(First.AddMonths(-3)) : Month(First.AddMonths(-1));

    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = null!;
        if (text is null)
        {
            return false;
        }

        var quarter = QuarterPattern().Match(text);
        if (quarter.Success)
        {
            period = Quarter(new DateOnly(int.Parse(quarter.Groups[1].Value, CultureInfo.InvariantCulture), ((int.Parse(quarter.Groups[2].Value, CultureInfo.InvariantCulture) - 1) * 3) + 1, 1));
            return true;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && text.Length == 7
            && SupportedYears.Contains(month.Year))
        {
            period = Month(month);
            return true;
        }

        return false;
    }

    /// <summary>The month before the one <paramref name="now"/> is in: what a monthly report covers.</summary>
    public static ReportPeriod MonthBefore(DateTimeOffset now) => Month(new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1).AddMonths(-1));

    /// <summary>The quarter <paramref name="now"/> is in.</summary>
    public static ReportPeriod QuarterOf(DateTimeOffset now) => Quarter(new DateOnly(now.UtcDateTime.Year, ((now.UtcDateTime.Month - 1) / 3 * 3) + 1, 1));

    private static ReportPeriod Quarter(DateOnly first) =>
        new($"{first.Year}-Q{((first.Month - 1) / 3) + 1}", first, first.AddMonths(2));

    private static ReportPeriod Month(DateOnly first) =>
        new(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, first);

    [GeneratedRegex("^(20[0-9]{2})-Q([1-4])$")]
    private static partial Regex QuarterPattern();
}
