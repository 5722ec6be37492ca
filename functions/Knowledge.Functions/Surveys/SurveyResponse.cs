using Knowledge.Shared;
using System.Text.Json.Nodes;
using Knowledge.Needs;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// A stored answer, with the facts aggregation needs lifted out of the SurveyJS result. Free-text answers in
/// <c>Data</c> are masked; <c>TextTags</c> holds the tagger's result for each of them. <c>Revision</c> counts
/// corrections (1 for the answer as first submitted); a withdrawn answer is kept but no longer counts.
/// <c>RecordKey</c> is the answer's key for the Cell Key Method, drawn when it is first stored and kept through corrections.
/// <c>Reference</c> is the submitting office's own label for the answer (masked), which only that office sees; it lives on
/// the current revision only, so changing or clearing it leaves no copy behind.
/// </summary>
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
    IReadOnlyDictionary<string, TaggingResult> TextTags,
    string BodyHash,
    long RecordKey,
    int Revision = 1,
    DateTimeOffset? RevisedAt = null,
    DateTimeOffset? WithdrawnAt = null,
    string? ETag = null,
    string? SubmittedBodyHash = null,
    string? Reference = null) : IVersioned
{
    /// <summary>The fingerprint of the body first submitted, which a retry of that submission matches after corrections too.</summary>
    public string FirstBodyHash => SubmittedBodyHash ?? BodyHash;

    public bool IsWithdrawn => WithdrawnAt is not null;

    /// <summary>The establishments the company wants to supply (survey version 2 on; empty for earlier answers).</summary>
    public IReadOnlyList<string> Establishments =>
        Data["establishments"] is JsonArray chosen
            ? [.. chosen.Select(v => v?.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null).OfType<string>()]
            : [];

    /// <summary>What the answer counts in the needs: the challenges it selected and those its free text was tagged with, each once.</summary>
    public NeedsContribution ToContribution() =>
        NeedsContribution.Of(
            NeedsCell.For(NeedsCell.MonthOf(SubmittedAt), NeedsCell.Survey, SizeClass, Sector),
            RecordKey,
            Challenges.Concat(TextTags.Values.SelectMany(r => r.Tags.Select(t => t.Tag))),
            Establishments);
}
