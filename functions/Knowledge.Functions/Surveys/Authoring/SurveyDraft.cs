namespace Knowledge.Surveys;

/// <summary>The one editable next version of a survey, kept beside its published versions until it is published.</summary>
public sealed record SurveyDraft(
    string Id,
    int Version,
    int BasedOn,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    JsonObject Definition,
    string? ETag = null);
