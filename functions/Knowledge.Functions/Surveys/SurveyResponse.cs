using System.Text.Json.Nodes;

namespace Knowledge.Surveys;

/// <summary>A stored answer, with the facts aggregation needs lifted out of the SurveyJS result.</summary>
public sealed record SurveyResponse(
    Guid ResponseId,
    string SurveyId,
    int SurveyVersion,
    string Municipality,
    string County,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    string? SizeClass,
    string? Sector,
    IReadOnlyList<string> Challenges,
    JsonObject Data,
    string BodyHash);
