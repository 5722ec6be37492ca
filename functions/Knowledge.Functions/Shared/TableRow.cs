using Azure;

namespace Knowledge.Shared;

/// <summary>The keys and system properties every typed table entity has; the row kinds add their columns.</summary>
internal abstract class TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
