namespace Knowledge.Surveys;

/// <summary>What became of each answer write, by id and user; never the answer's content.</summary>
internal static partial class SurveyLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Answer {ResponseId} to {SurveyId}: {Action} by {UserId} → {Outcome} (revision {Revision})")]
    public static partial void AnswerWritten(ILogger logger, string action, Guid? responseId, string surveyId, string userId, WriteStatus outcome, int? revision);
}
