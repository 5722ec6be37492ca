using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Knowledge.Reference;

namespace Knowledge.Surveys;

/// <summary>What an answer and its corrections share; SurveyIntake checks the municipality, version and data.</summary>
internal interface IAnswerBody
{
    int? SurveyVersion { get; }

    string Municipality { get; }

    JsonObject Data { get; }
}

/// <summary>The body of submitting an answer.</summary>
internal sealed record SubmitSurveyRequest(
    Guid ResponseId,
    [property: Range(1, 100_000)][property: Description("The version answered; the newest when left out.")] int? SurveyVersion,
    [property: RegularExpression(@"^\d{4}$", ErrorMessage = MunicipalityField.Format)] string Municipality,
    [property: Description("The SurveyJS result.")] JsonObject Data,
    [property: MaxLength(ResponseReference.MaxLength)][property: Description("Optional: the office's own label for the answer (such as the company's name), masked, seen only by that office; no part of the answer's fingerprint. Change it with PUT .../reference.")] string? Reference)
    : IAnswerBody;

/// <summary>The body of setting the office's own reference on its answer: a text, or null to clear it.</summary>
internal sealed record SetResponseReferenceRequest(
    [property: JsonRequired][property: MaxLength(ResponseReference.MaxLength)][property: Description("The office's own label (no control characters or line breaks); null clears it.")] string? Reference);

/// <summary>The body of correcting an answer: as submitting, where <c>responseId</c> may be left out.</summary>
internal sealed record ReviseSurveyRequest(
    Guid? ResponseId,
    [property: Range(1, 100_000)][property: Description("The version answered; the newest when left out.")] int? SurveyVersion,
    [property: RegularExpression(@"^\d{4}$", ErrorMessage = MunicipalityField.Format)] string Municipality,
    [property: Description("The SurveyJS result.")] JsonObject Data)
    : IAnswerBody;

/// <summary>The request bodies Surveys binds, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SubmitSurveyRequest))]
[JsonSerializable(typeof(SetResponseReferenceRequest))]
[JsonSerializable(typeof(ReviseSurveyRequest))]
internal sealed partial class SurveyBodies : JsonSerializerContext;
