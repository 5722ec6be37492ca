namespace Knowledge.Establishments;

internal static class MonthField
{
    /// <summary>A month written yyyy-MM (2026-03), from 2000 to 2100; kept as its text, which sorts in time order.</summary>
    public static string? Month(this FieldReader fields, string field, bool required)
    {
        var text = fields.String(field, required, maxLength: 7);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) || text.Length != 7 || month.Year is < 2000 or > 2100)
        {
            fields.AddError(field, "Must be a month like 2026-03, from 2000 to 2100.");
            return null;
        }

        return text;
    }

    /// <summary>An optional end month that is not before <paramref name="from"/>.</summary>
    public static string? EndMonth(this FieldReader fields, string field, string? from)
    {
        var to = fields.Month(field, required: false);
        if (to is not null && from is not null && string.CompareOrdinal(to, from) < 0)
        {
            fields.AddError(field, $"Must not be before from ({from}).");
            return null;
        }

        return to;
    }
}
