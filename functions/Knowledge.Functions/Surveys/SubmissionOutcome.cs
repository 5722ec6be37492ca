namespace Knowledge.Surveys;

public enum SubmissionStatus
{
    Created,
    Replayed,
    Invalid,
    Forbidden,
    SurveyNotFound,
    Conflict,
}

/// <summary>What became of a submitted answer; the function maps each status to one HTTP result.</summary>
public sealed record SubmissionOutcome(
    SubmissionStatus Status,
    SurveyResponse? Response = null,
    IDictionary<string, string[]>? Errors = null,
    string? Detail = null)
{
    public static SubmissionOutcome Invalid(IDictionary<string, string[]> errors) => new(SubmissionStatus.Invalid, Errors: errors);

    public static SubmissionOutcome Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
