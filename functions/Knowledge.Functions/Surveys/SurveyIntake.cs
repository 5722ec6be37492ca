using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Access;
using Knowledge.Audit;
using Knowledge.Reference;
using Knowledge.Shared;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// Accepts an office's answer: checks scope, validates it against the version it answered and stores it once.
/// The client's response id makes retries safe: same id and body replays, same id with another body conflicts.
/// </summary>
internal sealed class SurveyIntake(
    ISurveyDefinitionStore definitions,
    ISurveyResponseStore responses,
    ReferenceData reference,
    Codebook codebook,
    TimeProvider clock)
{
    public async Task<SubmissionOutcome> SubmitAsync(Caller caller, string surveyId, JsonObject body, CancellationToken cancellationToken)
    {
        var fields = new FieldReader(body);
        var responseId = fields.Uuid("responseId");
        var municipalityCode = fields.String("municipality", required: true, maxLength: 10);
        var version = fields.Integer("surveyVersion", 1, 100_000);
        var data = fields.Object("data");
        foreach (var unknown in body.Select(p => p.Key).Except(["responseId", "municipality", "surveyVersion", "data"]))
        {
            fields.AddError(unknown, "Unknown field.");
        }

        var municipality = reference.FindMunicipality(municipalityCode);
        if (municipalityCode is not null && municipality is null)
        {
            fields.AddError("municipality", $"'{municipalityCode}' is not a municipality code (four digits, e.g. 2580); see /api/municipalities.");
        }

        if (!fields.IsValid)
        {
            return SubmissionOutcome.Invalid(fields.Errors);
        }

        if (!caller.ActsForMunicipality(municipality!.Code))
        {
            return new SubmissionOutcome(SubmissionStatus.Forbidden, Detail: $"You may submit answers only for your own municipalities, not {municipality.Code} {municipality.Name}.");
        }

        var definition = await definitions.GetAsync(surveyId, version, cancellationToken);
        if (definition is null)
        {
            return version is null || await definitions.GetAsync(surveyId, null, cancellationToken) is null
                ? new SubmissionOutcome(SubmissionStatus.SurveyNotFound, Detail: $"There is no survey '{surveyId}'.")
                : SubmissionOutcome.Invalid("surveyVersion", $"Survey '{surveyId}' has no version {version}.");
        }

        var errors = new Dictionary<string, string[]>(SurveyResponseValidator.Validate(definition.Questions, data!));
        if (Text(data!, "municipality") is { } answered && answered != municipality.Code)
        {
            errors.TryAdd("data.municipality", [$"Must be the municipality the answer is submitted for ({municipality.Code})."]);
        }

        if (errors.Count > 0)
        {
            return SubmissionOutcome.Invalid(errors);
        }

        var response = new SurveyResponse(
            responseId!.Value,
            definition.Id,
            definition.Version,
            municipality.Code,
            municipality.CountyCode,
            clock.GetUtcNow(),
            caller.UserId,
            Text(data!, "sizeClass"),
            Text(data!, "sector"),
            Challenges(data!),
            data!,
            CanonicalJson.Hash(new JsonObject
            {
                ["survey"] = definition.Id,
                ["version"] = definition.Version,
                ["municipality"] = municipality.Code,
                ["data"] = data!.DeepClone(),
            }));

        var audit = new AuditEntry(response.SubmittedAt, caller.UserId, caller.IdentityProvider, "survey.response.submit",
            $"surveys/{definition.Id}/responses/{response.ResponseId:D}", municipality.Code);

        if (await responses.TryAddAsync(response, audit, cancellationToken))
        {
            return new SubmissionOutcome(SubmissionStatus.Created, response);
        }

        var stored = await responses.GetAsync(municipality.Code, response.ResponseId, cancellationToken);
        return stored is not null && stored.BodyHash == response.BodyHash
            ? new SubmissionOutcome(SubmissionStatus.Replayed, stored)
            : new SubmissionOutcome(SubmissionStatus.Conflict, Detail: $"Response {response.ResponseId:D} was already submitted with different content; use a new responseId for a new answer.");
    }

    private IReadOnlyList<string> Challenges(JsonObject data) =>
        data["challenges"] is JsonArray selected
            ? [.. selected.Select(v => v?.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null).OfType<string>().Where(codebook.Contains)]
            : [];

    private static string? Text(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
