namespace Knowledge.Needs;

/// <summary>
/// One cell of the needs cube within a municipality: a month, a source and the company's size class and
/// sector. Each answer or note counts in exactly one cell, so one write updates one counter row.
/// </summary>
public sealed record NeedsCell(string Month, string Source, string SizeClass, string Sector)
{
    public const string Survey = "survey";
    public const string Notes = "notes";
    public const string Unknown = "unknown";
    public const string RowKeyPrefix = "count-";

    public string RowKey => $"{RowKeyPrefix}{Month}-{Source}-{SizeClass}-{Sector}";

    /// <summary>Months follow Swedish local time, as the offices and regions read them.</summary>
    public static string MonthOf(DateTimeOffset instant) =>
        SwedishTime.Of(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static NeedsCell For(string month, string source, string? sizeClass, string? sector) =>
        new(month, source, string.IsNullOrEmpty(sizeClass) ? Unknown : sizeClass, string.IsNullOrEmpty(sector) ? Unknown : sector);
}
