using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// The answer as the API shows it; the body hash and submitter stay internal. The office's own reference is shown to that
/// office only (<c>forOwner</c>), never to an admin, and is left out when there is none.
/// </summary>
internal sealed record SurveyResponseView(
    Guid ResponseId,
    string SurveyId,
    int SurveyVersion,
    string Municipality,
    string County,
    DateTimeOffset SubmittedAt,
    string? SizeClass,
    string? Sector,
    IReadOnlyList<string> Challenges,
    IReadOnlyList<string> Establishments,
    IReadOnlyDictionary<string, TaggingResult> TextTags,
    JsonObject? Data,
    int Revision,
    DateTimeOffset? RevisedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reference)
{
    public static SurveyResponseView From(SurveyResponse r, bool includeData = false, bool forOwner = false) =>
        new(r.ResponseId, r.SurveyId, r.SurveyVersion, r.Municipality, r.County, r.SubmittedAt, r.SizeClass, r.Sector, r.Challenges, r.Establishments, r.TextTags,
            includeData ? r.Data.DeepClone().AsObject() : null, r.Revision, r.RevisedAt, forOwner ? r.Reference : null);
}
