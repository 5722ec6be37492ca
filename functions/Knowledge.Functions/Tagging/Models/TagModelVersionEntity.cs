using System.Runtime.Serialization;

namespace Knowledge.Tagging.Models;

/// <summary>A model version row, <c>version-{v}</c> in partition <c>models</c>; its figures are JSON.</summary>
internal sealed class TagModelVersionEntity : TableRow
{
    public const string Partition = "models";
    public const string RowPrefix = "version-";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public TagModelVersionEntity() => PartitionKey = Partition;

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public int TrainingReviews { get; set; }

    public string? Figures { get; set; }

    public bool Promoted { get; set; }

    [IgnoreDataMember]
    public string Version => RowKey[RowPrefix.Length..];

    public static TagModelVersionEntity Of(TagModelVersion version) =>
        new()
        {
            RowKey = RowPrefix + version.Version,
            CreatedAt = version.CreatedAt.ToUniversalTime(),
            CreatedBy = version.CreatedBy,
            TrainingReviews = version.TrainingReviews,
            Figures = version.Figures is null ? null : JsonSerializer.Serialize(version.Figures, Json),
            Promoted = version.Promoted,
        };

    public TagModelVersion ToVersion() =>
        new(Version, CreatedAt, CreatedBy ?? "", TrainingReviews, Figures is null ? null : JsonSerializer.Deserialize<ModelFigures>(Figures, Json), Promoted);
}
