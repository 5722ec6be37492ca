namespace Knowledge.Needs;

public enum RebuildStatus
{
    Queued,
    Running,
    Completed,
}

/// <summary>A recount of every municipality's counters, one partition at a time; <c>Done</c> is where it resumes.</summary>
public sealed record RebuildJob(
    Guid JobId,
    RebuildStatus Status,
    int Total,
    int Done,
    IReadOnlyList<NeedsDifference> Differences,
    bool DifferencesTruncated,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? FinishedAt,
    string? ETag = null)
{
    public const int MaxDifferences = 1000;

    public RebuildJob WithPartitionDone(IReadOnlyList<NeedsDifference> found) =>
        this with
        {
            Done = Done + 1,
            Differences = [.. Differences.Concat(found).Take(MaxDifferences)],
            DifferencesTruncated = DifferencesTruncated || Differences.Count + found.Count > MaxDifferences,
        };
}
