namespace Knowledge.Tagging.Models;

/// <summary>The pointer to the promoted version, row <c>promoted</c> in partition <c>models</c>.</summary>
internal sealed class PromotedModelEntity : TableRow
{
    public const string Row = "promoted";

    public PromotedModelEntity()
    {
        PartitionKey = TagModelVersionEntity.Partition;
        RowKey = Row;
    }

    public string? Version { get; set; }

    public DateTimeOffset PromotedAt { get; set; }

    public string? PromotedBy { get; set; }

    public static PromotedModelEntity Of(PromotedVersion promoted) =>
        new() { Version = promoted.Version, PromotedAt = promoted.PromotedAt.ToUniversalTime(), PromotedBy = promoted.PromotedBy };

    public PromotedVersion ToPromoted() => new(Version!, PromotedAt, PromotedBy ?? "");
}
