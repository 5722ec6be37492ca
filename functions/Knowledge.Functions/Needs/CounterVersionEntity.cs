namespace Knowledge.Needs;

/// <summary>A municipality's counter version: row <c>{municipality}</c> in partition <c>municipality</c> of table <c>NeedsVersions</c>.</summary>
internal sealed class CounterVersionEntity : TableRow
{
    public const string Partition = "municipality";

    public CounterVersionEntity() => PartitionKey = Partition;

    public Guid? Version { get; set; }
}
