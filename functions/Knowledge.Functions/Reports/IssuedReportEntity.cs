using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using Knowledge.Shared;

namespace Knowledge.Reports;

/// <summary>
/// An issued report row, <c>issued-{period}-{time}</c> in the county's partition. Nothing but the row limit bounds the
/// document, so it has <see cref="LargeText.MaxChunks"/> chunk properties.
/// </summary>
internal sealed class IssuedReportEntity : ITableEntity
{
    public const string RowPrefix = "issued-";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Period { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset DataAsOf { get; set; }

    public string? IssuedBy { get; set; }

    public int DocumentChunks { get; set; }

    public string? Document0 { get; set; }

    public string? Document1 { get; set; }

    public string? Document2 { get; set; }

    public string? Document3 { get; set; }

    public string? Document4 { get; set; }

    public string? Document5 { get; set; }

    public string? Document6 { get; set; }

    public string? Document7 { get; set; }

    public string? Document8 { get; set; }

    public string? Document9 { get; set; }

    public string? Document10 { get; set; }

    public string? Document11 { get; set; }

    public string? Document12 { get; set; }

    public string? Document13 { get; set; }

    public string? Document14 { get; set; }

    public string? Document15 { get; set; }

    public string? Document16 { get; set; }

    [IgnoreDataMember]
    public string Document
    {
        get => LargeText.Join(this, nameof(Document));
        set => LargeText.Split(this, nameof(Document), value);
    }

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
