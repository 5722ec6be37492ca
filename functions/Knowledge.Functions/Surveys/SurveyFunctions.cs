using System.Text.Json.Serialization.Metadata;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Surveys;

internal sealed class SurveyFunctions(ISurveyDefinitionStore definitions, ISurveyResponseStore responses, SurveyIntake intake, SurveyCorrections corrections)
{
    /// <summary>Role: any signed-in role. The latest published version of each survey.</summary>
    [Function("Surveys_List")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Staff, Roles.Admin)]
    [Operation("Surveys", "The latest published version of each survey.")]
    [Returns(200, typeof(SurveySummaryView[]), "Surveys.")]
    [Fails(503)]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var latest = await definitions.ListLatestAsync(cancellationToken);
        return TypedResults.Ok(latest.Select(SurveySummaryView.From));
    }

    /// <summary>Role: any signed-in role. The latest version, or <c>?version=</c>.</summary>
    [Function("Surveys_Get")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Staff, Roles.Admin)]
    [Operation("Surveys", "A survey definition (SurveyJS JSON): the latest version or `?version=`.")]
    [Parameter("id", "Survey id, e.g. sme-needs.")]
    [Parameter("version", "Published version.", Type = typeof(int), Minimum = 1)]
    [Returns(200, typeof(SurveyDefinitionView), "The definition.")]
    [Fails(404, 503)]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        int? version = null;
        if (request.Query.TryGetValue("version", out var text))
        {
            if (!int.TryParse(text, out var parsed) || parsed < 1)
            {
                return Problems.Invalid("version", "Must be a whole number of at least 1.");
            }

            version = parsed;
        }

        var definition = SurveyIds.IsValid(id) ? await definitions.GetAsync(id, version, cancellationToken) : null;
        return definition is null
            ? Problems.NotFound(version is null ? $"There is no survey '{id}'." : $"Survey '{id}' has no version {version}.")
            : TypedResults.Ok(SurveyDefinitionView.From(definition));
    }

    /// <summary>Role: office, for its own municipalities. Idempotent on the client's responseId.</summary>
    [Function("Surveys_Submit")]
    [AllowedRoles(Roles.Office)]
    [Operation("Surveys", "Submits an answer; idempotent on `responseId`.", Notes = "For the office's own municipalities.")]
    [Parameter("id", "Survey id, e.g. sme-needs.")]
    [Accepts(typeof(SubmitSurveyRequest))]
    [Returns(200, typeof(SurveyResponseView), "A retry with the same body: the stored answer.", Headers = ResponseHeaders.ETag)]
    [Returns(201, typeof(SurveyResponseView), "Stored.", Headers = ResponseHeaders.ETag | ResponseHeaders.Location)]
    [Fails(404, 409, 410, 503)]
    public async Task<IResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{id}/responses")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!SurveyIds.IsValid(id))
        {
            return Problems.NotFound($"There is no survey '{id}'.");
        }

        var (body, problem) = await JsonBody.BindAsync(request, SurveyBodies.Default.SubmitSurveyRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await intake.SubmitAsync(Caller.Of(request), id, body, cancellationToken);
        return outcome.ToResult(r => SurveyResponseView.From(r, forOwner: true), r => $"/api/surveys/{id}/responses/{r.ResponseId:D}");
    }

    /// <summary>Role: the submitting office (its municipalities) or admin; the office's reference only to the office.</summary>
    [Function("Surveys_GetResponse")]
    [AllowedRoles(Roles.Office, Roles.Admin)]
    [Operation("Surveys", "One answer with its data.", Notes = "The submitting office (its municipalities) or admin; another office's answer reads as 404.")]
    [Parameter("id", "Survey id.")]
    [Parameter("responseId", "The client's UUID.", Format = "uuid")]
    [Returns(200, typeof(SurveyResponseView), "The answer.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 410, 503)]
    public async Task<IResult> GetResponse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{id}/responses/{responseId}")] HttpRequest request,
        string id,
        string responseId,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request);

        if (!Guid.TryParse(responseId, out var responseGuid))
        {
            return Problems.Invalid("responseId", "Must be a UUID.");
        }

        var response = caller.IsAdmin
            ? await responses.FindAsync(responseGuid, cancellationToken)
            : await corrections.FindOwnAsync(caller, id, responseGuid, cancellationToken);

        // Another office's answer reads as absent: its existence is not the caller's to know.
        if (response is null || response.SurveyId != id)
        {
            return Problems.NotFound($"No answer {responseGuid:D} to survey '{id}' in your municipalities.");
        }

        if (response.IsWithdrawn)
        {
            return Problems.Gone($"Answer {responseGuid:D} was withdrawn at {response.WithdrawnAt:O}; it no longer counts.");
        }

        return EntityTags.Ok(response, SurveyResponseView.From(response, includeData: true, forOwner: caller.ActsForMunicipality(response.Municipality)));
    }

    /// <summary>
    /// Role: office, for the answer's municipality. Body as for submitting, without or with the same responseId.
    /// Stores a new revision (200); the same correction again is 200 unchanged; <c>If-Match</c> is honoured (412).
    /// </summary>
    [Function("Surveys_ReviseResponse")]
    [AllowedRoles(Roles.Office)]
    [Operation("Surveys", "Corrects an answer: a new revision (the old one kept); the counters move in the same transaction. Honours If-Match.")]
    [Parameter("id", "The survey id, e.g. sme-needs.")]
    [Parameter("responseId", "The answer's client-generated UUID.")]
    [IfMatch]
    [Accepts(typeof(ReviseSurveyRequest))]
    [Returns(200, typeof(SurveyResponseView), "The current revision.", Headers = ResponseHeaders.ETag)]
    [Fails(404, 410, 412, 503)]
    public async Task<IResult> ReviseResponse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "surveys/{id}/responses/{responseId}")] HttpRequest request,
        string id,
        string responseId,
        CancellationToken cancellationToken)
    {
        var (responseGuid, body, problem) = await ReadAnswerBodyAsync(request, id, responseId, SurveyBodies.Default.ReviseSurveyRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await corrections.ReviseAsync(Caller.Of(request), id, responseGuid, body, EntityTags.IfMatch(request), cancellationToken);
        return outcome.ToResult(r => SurveyResponseView.From(r, includeData: true, forOwner: true), r => $"/api/surveys/{id}/responses/{r.ResponseId:D}");
    }

    /// <summary>
    /// Role: office, for the answer's municipality. <c>{"reference": "…"}</c> sets the office's own label for the answer
    /// (at most 100 characters, masked as free text is), <c>null</c> clears it; only that office ever sees
    /// it. 200 with the answer (without its data); <c>If-Match</c> is honoured (412).
    /// </summary>
    [Function("Surveys_SetResponseReference")]
    [AllowedRoles(Roles.Office)]
    [Operation("Surveys", "Sets or clears the office's own reference for its answer (such as the company's name); only that office ever sees it.", Notes = "At most 100 characters, masked as free text is; null clears it. No count moves; the audit row names the answer, never the reference. A withdrawal clears it, an erasure removes it. Honours If-Match.")]
    [Parameter("id", "The survey id, e.g. sme-needs.")]
    [Parameter("responseId", "The answer's client-generated UUID.")]
    [IfMatch]
    [Accepts(typeof(SetResponseReferenceRequest))]
    [Returns(200, typeof(SurveyResponseView), "The answer (without its data), with the reference as stored (masked).", Headers = ResponseHeaders.ETag)]
    [Fails(404, 410, 412, 503)]
    public async Task<IResult> SetResponseReference(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "surveys/{id}/responses/{responseId}/reference")] HttpRequest request,
        string id,
        string responseId,
        CancellationToken cancellationToken)
    {
        var (responseGuid, body, problem) = await ReadAnswerBodyAsync(request, id, responseId, SurveyBodies.Default.SetResponseReferenceRequest, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        if (ResponseReference.Mask(body.Reference, errors) is var reference && errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var outcome = await corrections.SetReferenceAsync(Caller.Of(request), id, responseGuid, reference, EntityTags.IfMatch(request), cancellationToken);
        return outcome.ToResult(r => SurveyResponseView.From(r, forOwner: true), r => $"/api/surveys/{id}/responses/{r.ResponseId:D}");
    }

    /// <summary>
    /// Role: office, for the answer's municipality. Withdraws the answer: kept for the audit, no longer counted or
    /// shown. 204, also when it was already withdrawn; <c>If-Match</c> is honoured (412).
    /// </summary>
    [Function("Surveys_WithdrawResponse")]
    [AllowedRoles(Roles.Office)]
    [Operation("Surveys", "Withdraws an answer: kept for the audit, no longer counted (in the same transaction). Honours If-Match.")]
    [Parameter("id", "The survey id, e.g. sme-needs.")]
    [Parameter("responseId", "The answer's client-generated UUID.")]
    [IfMatch]
    [Returns(204, null, "Withdrawn (also when it already was).")]
    [Fails(404, 412, 503)]
    public async Task<IResult> WithdrawResponse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "surveys/{id}/responses/{responseId}")] HttpRequest request,
        string id,
        string responseId,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(responseId, out var responseGuid))
        {
            return Problems.Invalid("responseId", "Must be a UUID.");
        }

        var outcome = SurveyIds.IsValid(id)
            ? await corrections.WithdrawAsync(Caller.Of(request), id, responseGuid, EntityTags.IfMatch(request), cancellationToken)
            : WriteOutcome<SurveyResponse>.Fail(WriteStatus.NotFound, $"There is no survey '{id}'.");
        return outcome.Status is WriteStatus.Updated or WriteStatus.Replayed
            ? TypedResults.NoContent()
            : outcome.ToResult(r => SurveyResponseView.From(r), _ => "");
    }

    // The answer a correction or a reference names, and the request's body: 404 for an unknown survey id,
    // 400 for a response id that is no UUID, and the binder's problems for the body.
    private static async Task<(Guid ResponseId, T? Body, IResult? Problem)> ReadAnswerBodyAsync<T>(
        HttpRequest request, string id, string responseId, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (!SurveyIds.IsValid(id))
        {
            return (default, null, Problems.NotFound($"There is no survey '{id}'."));
        }

        if (!Guid.TryParse(responseId, out var responseGuid))
        {
            return (default, null, Problems.Invalid("responseId", "Must be a UUID."));
        }

        var (body, problem) = await JsonBody.BindAsync(request, type, cancellationToken);
        return (responseGuid, body, problem);
    }
}
