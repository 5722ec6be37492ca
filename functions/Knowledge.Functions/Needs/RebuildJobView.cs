namespace Knowledge.Needs;

internal sealed record RebuildJobView(
    Guid JobId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RebuildStatus>))] RebuildStatus Status,
    int MunicipalitiesDone,
    int MunicipalitiesTotal,
    IReadOnlyList<NeedsDifference> Differences,
    bool DifferencesTruncated,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt)
{
    public static RebuildJobView From(RebuildJob job) =>
        new(job.JobId, job.Status, job.Done, job.Total, job.Differences, job.DifferencesTruncated, job.CreatedAt, job.FinishedAt);
}
