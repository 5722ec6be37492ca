using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;

namespace Knowledge.Surveys;

/// <summary>The body of submitting an answer (SurveyIntake reads and validates it field by field).</summary>
internal sealed record SubmitSurveyRequest(
    Guid ResponseId,
    [property: Range(1, int.MaxValue)] int SurveyVersion,
    [property: RegularExpression(@"^\d{4}$")] string Municipality,
    [property: Description("The SurveyJS result.")] JsonObject Data);

/// <summary>The body of correcting an answer: as submitting, where <c>responseId</c> may be left out.</summary>
internal sealed record ReviseSurveyRequest(
    Guid? ResponseId,
    [property: Range(1, int.MaxValue)] int SurveyVersion,
    [property: RegularExpression(@"^\d{4}$")] string Municipality,
    [property: Description("The SurveyJS result.")] JsonObject Data);
