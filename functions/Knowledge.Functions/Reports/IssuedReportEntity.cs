namespace Knowledge.Reports;

/// <summary>
/// An issued report row, <c>issued-{period}-{time}</c> in the county's partition; nothing but the row limit bounds its
/// document.
/// </summary>
internal sealed class IssuedReportEntity : DocumentRow
{
    public const string RowPrefix = "issued-";

    public string? Period { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset DataAsOf { get; set; }

    public string? IssuedBy { get; set; }

    public static IssuedReportEntity Of(IssuedReport report) =>
        new()
        {
            PartitionKey = report.County,
            RowKey = RowPrefix + report.Id,
            Period = report.Period,
            IssuedAt = report.IssuedAt.ToUniversalTime(),
            DataAsOf = report.DataAsOf.ToUniversalTime(),
            IssuedBy = report.IssuedBy,
            Document = report.Document,
        };

    /// <summary>The report; its document is empty when the row was read without the chunk properties (a listing).</summary>
    public IssuedReport ToReport() =>
        new(RowKey[RowPrefix.Length..], PartitionKey, Period ?? "", IssuedAt, DataAsOf, IssuedBy ?? "", Document);
}
