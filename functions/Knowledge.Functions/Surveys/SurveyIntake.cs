using Knowledge.Audit;
using Knowledge.Disclosure;
using Knowledge.Reference;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// Accepts an office's answer: checks scope, validates it against the version it answered and stores it once.
/// The client's response id makes retries safe: same id and body replays, same id with another body conflicts. The
/// office's optional reference is no part of the answer's fingerprint (which is kept for good, while the reference can be
/// cleared): a retry replays the answer with the reference it was stored with.
/// </summary>
internal sealed class SurveyIntake(
    ISurveyDefinitionStore definitions,
    ISurveyResponseStore responses,
    ReferenceData reference,
    Codebook codebook,
    ITagger tagger,
    IRecordKeySource recordKeys,
    TimeProvider clock,
    ILogger<SurveyIntake> logger)
{
    public async Task<WriteOutcome<SurveyResponse>> SubmitAsync(Caller caller, string surveyId, SubmitSurveyRequest body, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var reference = ResponseReference.Mask(body.Reference, errors);
        var (answer, failure) = await ValidateAsync(caller, surveyId, body, errors, cancellationToken);
        if (answer is null)
        {
            return failure!;
        }

        var responseId = body.ResponseId;

        var outcome = await IdempotentWrite.StoreOnceAsync(
            answer.BodyHash,
            r => r.FirstBodyHash,
            () => responses.GetAsync(answer.Municipality.Code, responseId, cancellationToken),
            async () => await BuildAsync(responseId, answer, clock.GetUtcNow(), caller.UserId, recordKeys.Next(), cancellationToken) with { Reference = reference },
            response => responses.TryAddAsync(
                response,
                new AuditEntry(response.SubmittedAt, caller.UserId, caller.IdentityProvider, "survey.response.submit", $"surveys/{answer.Definition.Id}/responses/{response.ResponseId:D}", answer.Municipality.Code),
                cancellationToken),
            $"Response {responseId:D} was already submitted with different content; use a new responseId for a new answer.");

        // A retry after a withdrawal does not bring the answer back.
        if (outcome is { Status: WriteStatus.Replayed, Value.IsWithdrawn: true })
        {
            outcome = WriteOutcome<SurveyResponse>.Fail(WriteStatus.Gone, $"Answer {responseId:D} was withdrawn; use a new responseId for a new answer.");
        }

        SurveyLog.AnswerWritten(logger, "submit", responseId, surveyId, caller.UserId, outcome.Status, outcome.Value?.Revision);
        return outcome;
    }

    /// <summary>
    /// Reads and checks the fields an answer and its corrections share: the municipality (the caller's own), the
    /// survey version, and the data validated against that version. The failure is the outcome to answer with, with
    /// the <paramref name="errors"/> the caller found in its own fields.
    /// </summary>
    internal async Task<(ValidatedAnswer? Answer, WriteOutcome<SurveyResponse>? Failure)> ValidateAsync(
        Caller caller, string surveyId, IAnswerBody body, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var municipality = reference.Municipality(body.Municipality, errors);
        if (errors.Count > 0)
        {
            return (null, WriteOutcome<SurveyResponse>.Invalid(errors));
        }

        if (!caller.ActsForMunicipality(municipality!.Code))
        {
            return (null, WriteOutcome<SurveyResponse>.Fail(WriteStatus.Forbidden, $"You may submit answers only for your own municipalities, not {municipality.Code} {municipality.Name}."));
        }

        var definition = await definitions.GetAsync(surveyId, body.SurveyVersion, cancellationToken);
        if (definition is null)
        {
            return (null, body.SurveyVersion is null || await definitions.GetAsync(surveyId, null, cancellationToken) is null
                ? WriteOutcome<SurveyResponse>.Fail(WriteStatus.NotFound, $"There is no survey '{surveyId}'.")
                : WriteOutcome<SurveyResponse>.Invalid("surveyVersion", $"Survey '{surveyId}' has no version {body.SurveyVersion}."));
        }

        errors = new Dictionary<string, string[]>(SurveyResponseValidator.Validate(definition.Questions, body.Data));
        if (Text(body.Data, "municipality") is { } answered && answered != municipality.Code)
        {
            errors.TryAdd("data.municipality", [$"Must be the municipality the answer is submitted for ({municipality.Code})."]);
        }

        if (errors.Count > 0)
        {
            return (null, WriteOutcome<SurveyResponse>.Invalid(errors));
        }

        // The fingerprint is of what the client sent, so a retry matches even though free text is stored masked.
        var bodyHash = CanonicalJson.Hash(new JsonObject
        {
            ["survey"] = definition.Id,
            ["version"] = definition.Version,
            ["municipality"] = municipality.Code,
            ["data"] = body.Data.DeepClone(),
        });
        return (new ValidatedAnswer(municipality, definition, body.Data, bodyHash), null);
    }

    /// <summary>Masks and tags the free text and lifts out the facts aggregation needs.</summary>
    internal async Task<SurveyResponse> BuildAsync(
        Guid responseId, ValidatedAnswer answer, DateTimeOffset submittedAt, string submittedBy, long recordKey, CancellationToken cancellationToken)
    {
        var data = answer.Data;
        var textTags = new Dictionary<string, TaggingResult>(StringComparer.Ordinal);
        foreach (var (key, text) in SurveyFreeText.MaskInPlace(answer.Definition.Questions, data))
        {
            textTags[key] = await tagger.TagAsync(text, cancellationToken);
        }

        return new SurveyResponse(
            responseId,
            answer.Definition.Id,
            answer.Definition.Version,
            answer.Municipality.Code,
            answer.Municipality.CountyCode,
            submittedAt,
            submittedBy,
            Text(data, "sizeClass"),
            Text(data, "sector"),
            Challenges(data),
            data,
            textTags,
            answer.BodyHash,
            recordKey);
    }

    private IReadOnlyList<string> Challenges(JsonObject data) =>
        data["challenges"] is JsonArray selected
            ? [.. selected.Select(v => v?.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null).OfType<string>().Where(codebook.Contains)]
            : [];

    private static string? Text(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}

/// <summary>An answer's fields as checked against the survey version it answers, before its free text is masked.</summary>
internal sealed record ValidatedAnswer(Municipality Municipality, SurveyDefinition Definition, JsonObject Data, string BodyHash);
