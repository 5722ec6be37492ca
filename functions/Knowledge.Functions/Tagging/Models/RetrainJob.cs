namespace Knowledge.Tagging.Models;

public enum RetrainStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

public enum RetrainStage
{
    Queued,
    ReadingReviews,
    Training,
    Evaluating,
    Done,
}

/// <summary>
/// An admin's retrain: a candidate trained from the corpus and the reviews, judged against the model in use on the
/// test split and the held-out reviews, and promoted only if no worse on both. <c>Progress</c> runs 0–1.
/// </summary>
public sealed record RetrainJob(
    Guid JobId,
    RetrainStatus Status,
    RetrainStage Stage,
    double Progress,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? FinishedAt,
    RetrainResult? Result,
    string? Error,
    string? ETag = null)
{
    public RetrainJob At(RetrainStage stage, double progress) =>
        this with { Status = RetrainStatus.Running, Stage = stage, Progress = Math.Round(progress, 3) };
}

/// <summary>The candidate against the model in use when the job ran, and whether it was promoted.</summary>
public sealed record RetrainResult(
    string Candidate,
    string Previous,
    bool Promoted,
    ModelFigures CandidateFigures,
    ModelFigures PreviousFigures,
    int TrainingReviews)
{
    /// <summary>No worse on the test split and on the held-out reviews.</summary>
    public static bool NoWorse(ModelFigures candidate, ModelFigures previous) =>
        candidate.TestMacroF1 >= previous.TestMacroF1 && candidate.ReviewsMacroF1 >= previous.ReviewsMacroF1;
}
