namespace Knowledge.Needs;

/// <summary>
/// Needs are published for calendar months, quarters and years only: periods that nest, so a period and the ones
/// around it differ by whole months, quarters or years, never by a day or a shifted window.
/// </summary>
public static class CalendarPeriods
{
    /// <summary>Whether from/to ("yyyy-MM") make one calendar month, quarter or year.</summary>
    public static bool IsCalendarPeriod(string from, string to)
    {
        var (first, last) = (Parse(from), Parse(to));
        return first.Year == last.Year
            && ((first == last)
                || (first.Month % 3 == 1 && last == first.AddMonths(2))
                || (first.Month == 1 && last.Month == 12));
    }

    /// <summary>The period itself, then its quarter and its year where those are wider.</summary>
    public static IEnumerable<(string From, string To)> Enclosing(string from, string to)
    {
        var (first, last) = (Parse(from), Parse(to));
        yield return (from, to);
        var quarter = new DateOnly(first.Year, ((first.Month - 1) / 3 * 3) + 1, 1);
        if (first == last)
        {
            yield return (Format(quarter), Format(quarter.AddMonths(2)));
        }

        if (first.Month != 1 || last.Month != 12)
        {
            yield return (Format(new DateOnly(first.Year, 1, 1)), Format(new DateOnly(first.Year, 12, 1)));
        }
    }

    /// <summary>The quarters of a period, each cut to the period (a month's one quarter is the month).</summary>
    public static IEnumerable<(string Name, string From, string To)> Quarters(string from, string to)
    {
        var month = Parse(from);
        var end = Parse(to);
        while (month <= end)
        {
            var quarterEnd = new DateOnly(month.Year, ((month.Month - 1) / 3 * 3) + 3, 1);
            var last = quarterEnd < end ? quarterEnd : end;
            yield return ($"{month.Year}-Q{((month.Month - 1) / 3) + 1}", Format(month), Format(last));
            month = quarterEnd.AddMonths(1);
        }
    }

    private static DateOnly Parse(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
