using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;

namespace Knowledge.Surveys;

/// <summary>The body of submitting an answer (SurveyIntake reads and validates it field by field).</summary>
internal sealed record SubmitSurveyRequest(
    Guid ResponseId,
    [property: Range(1, int.MaxValue)] int SurveyVersion,
    [property: RegularExpression(@"^\d{4}$")] string Municipality,
    [property: Description("The SurveyJS result.")] JsonObject Data,
    [property: MaxLength(ResponseReference.MaxLength)][property: Description("Optional: the office's own label for the answer (such as the company's name), masked, seen only by that office; no part of the answer's fingerprint. Change it with PUT .../reference.")] string? Reference);

/// <summary>The body of setting the office's own reference on its answer: a text, or null to clear it.</summary>
internal sealed record SetResponseReferenceRequest(
    [property: MaxLength(ResponseReference.MaxLength)][property: Description("The office's own label (no control characters or line breaks); null clears it.")] string? Reference);

/// <summary>The body of correcting an answer: as submitting, where <c>responseId</c> may be left out.</summary>
internal sealed record ReviseSurveyRequest(
    Guid? ResponseId,
    [property: Range(1, int.MaxValue)] int SurveyVersion,
    [property: RegularExpression(@"^\d{4}$")] string Municipality,
    [property: Description("The SurveyJS result.")] JsonObject Data);
