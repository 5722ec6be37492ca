using Azure;
using Azure.Data.Tables;

namespace Knowledge.Tagging.Models;

/// <summary>The pointer to the promoted version, row <c>promoted</c> in partition <c>models</c>.</summary>
internal sealed class PromotedModelEntity : ITableEntity
{
    public const string Row = "promoted";

    public string PartitionKey { get; set; } = TagModelVersionEntity.Partition;

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Version { get; set; }

    public DateTimeOffset PromotedAt { get; set; }

    public string? PromotedBy { get; set; }

    public static PromotedModelEntity Of(PromotedVersion promoted) =>
        new() { Version = promoted.Version, PromotedAt = promoted.PromotedAt.ToUniversalTime(), PromotedBy = promoted.PromotedBy };

    public PromotedVersion ToPromoted() => new(Version!, PromotedAt, PromotedBy ?? "");
}
