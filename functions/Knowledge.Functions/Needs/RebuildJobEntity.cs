using System.Runtime.Serialization;

namespace Knowledge.Needs;

/// <summary>
/// A rebuild job row in partition <c>needs-rebuild</c>. Its differences are JSON in chunk properties; up to
/// <see cref="RebuildJob.MaxDifferences"/> of them are kept, so only the row limit bounds the text
/// (<see cref="LargeText.MaxChunks"/> chunks).
/// </summary>
internal sealed class RebuildJobEntity : JobEntity<RebuildStatus>
{
    public const string Partition = "needs-rebuild";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public RebuildJobEntity() => PartitionKey = Partition;

    public int Total { get; set; }

    public int Done { get; set; }

    public bool DifferencesTruncated { get; set; }

    public int DifferencesChunks { get; set; }

    public string? Differences0 { get; set; }

    public string? Differences1 { get; set; }

    public string? Differences2 { get; set; }

    public string? Differences3 { get; set; }

    public string? Differences4 { get; set; }

    public string? Differences5 { get; set; }

    public string? Differences6 { get; set; }

    public string? Differences7 { get; set; }

    public string? Differences8 { get; set; }

    public string? Differences9 { get; set; }

    public string? Differences10 { get; set; }

    public string? Differences11 { get; set; }

    public string? Differences12 { get; set; }

    public string? Differences13 { get; set; }

    public string? Differences14 { get; set; }

    public string? Differences15 { get; set; }

    public string? Differences16 { get; set; }

    [IgnoreDataMember]
    public string Differences
    {
        get => LargeText.Join(this, nameof(Differences));
        set => LargeText.Split(this, nameof(Differences), value);
    }

    public static RebuildJobEntity Of(RebuildJob job) =>
        new()
        {
            JobId = job.JobId,
            Status = job.Status,
            Total = job.Total,
            Done = job.Done,
            DifferencesTruncated = job.DifferencesTruncated,
            CreatedAt = job.CreatedAt.ToUniversalTime(),
            CreatedBy = job.CreatedBy,
            FinishedAt = job.FinishedAt?.ToUniversalTime(),
            Differences = JsonSerializer.Serialize(job.Differences, Json),
        };

    public RebuildJob ToJob() =>
        new(
            JobId,
            Status,
            Total,
            Done,
            JsonSerializer.Deserialize<List<NeedsDifference>>(Differences, Json) ?? [],
            DifferencesTruncated,
            CreatedAt,
            CreatedBy ?? "",
            FinishedAt,
            ETag.ToString());
}
