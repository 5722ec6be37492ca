using Azure;
using Azure.Data.Tables;

namespace Knowledge.Shared;

/// <summary>A <see cref="RecordIndex"/> row: its keys are all it holds.</summary>
internal sealed class IndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
