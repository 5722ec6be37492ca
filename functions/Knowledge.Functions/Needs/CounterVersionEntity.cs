using Azure;
using Azure.Data.Tables;

namespace Knowledge.Needs;

/// <summary>A municipality's counter version: row <c>{municipality}</c> in partition <c>municipality</c> of table <c>NeedsVersions</c>.</summary>
internal sealed class CounterVersionEntity : ITableEntity
{
    public const string Partition = "municipality";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public Guid? Version { get; set; }
}
