using Azure;
using Azure.Data.Tables;

namespace Knowledge.Notes;

/// <summary>A queued note: row <c>{created ticks}-{note id}</c> in partition <c>review-{county}</c>, naming its municipality.</summary>
internal sealed class ReviewQueueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Municipality { get; set; }
}
