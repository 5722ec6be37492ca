namespace Knowledge.Tagging.Models;

internal sealed record RetrainJobView(
    Guid JobId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RetrainStatus>))] RetrainStatus Status,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RetrainStage>))] RetrainStage Stage,
    double Progress,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    RetrainResult? Result,
    string? Error)
{
    public static string Location(Guid jobId) => $"/api/tags/models/retrain/{jobId:D}";

    public static RetrainJobView From(RetrainJob job) =>
        new(job.JobId, job.Status, job.Stage, job.Progress, job.CreatedAt, job.FinishedAt, job.Result, job.Error);
}
