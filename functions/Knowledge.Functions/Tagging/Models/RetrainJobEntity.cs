namespace Knowledge.Tagging.Models;

/// <summary>A retrain job row in partition <c>retrain</c> of table <c>TagModels</c>; its result is JSON.</summary>
internal sealed class RetrainJobEntity : JobEntity<RetrainStatus>
{
    public const string Partition = "retrain";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public RetrainJobEntity() => PartitionKey = Partition;

    public RetrainStage Stage { get; set; }

    public double Progress { get; set; }

    public string? Result { get; set; }

    public string? Error { get; set; }

    public static RetrainJobEntity Of(RetrainJob job) =>
        new()
        {
            JobId = job.JobId,
            Status = job.Status,
            Stage = job.Stage,
            Progress = job.Progress,
            CreatedAt = job.CreatedAt.ToUniversalTime(),
            CreatedBy = job.CreatedBy,
            FinishedAt = job.FinishedAt?.ToUniversalTime(),
            Result = job.Result is null ? null : JsonSerializer.Serialize(job.Result, Json),
            Error = job.Error,
        };

    public RetrainJob ToJob() =>
        new(
            JobId,
            Status,
            Stage,
            Progress,
            CreatedAt,
            CreatedBy ?? "",
            FinishedAt,
            Result is null ? null : JsonSerializer.Deserialize<RetrainResult>(Result, Json),
            Error,
            ETag.ToString());
}
