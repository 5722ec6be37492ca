using Knowledge.Access;
using Knowledge.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Surveys;

internal sealed class SurveyFunctions(ISurveyDefinitionStore definitions, ISurveyResponseStore responses, SurveyIntake intake, SurveyCorrections corrections)
{
    private static readonly string[] SignedIn = [.. Roles.Service];

    /// <summary>Role: any signed-in role. The latest published version of each survey.</summary>
    [Function("Surveys_List")]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, SignedIn, out _, out var denied))
        {
            return denied;
        }

        var latest = await definitions.ListLatestAsync(cancellationToken);
        return TypedResults.Ok(latest.Select(d => new { d.Id, d.Version, d.Title, d.PublishedAt }));
    }

    /// <summary>Role: any signed-in role. The latest version, or <c>?version=</c>.</summary>
    [Function("Surveys_Get")]
    public async Task<IResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, SignedIn, out _, out var denied))
        {
            return denied;
        }

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
            : TypedResults.Ok(new { definition.Id, definition.Version, definition.Title, definition.PublishedAt, definition.Definition });
    }

    /// <summary>Role: office, for its own municipalities. Idempotent on the client's responseId.</summary>
    [Function("Surveys_Submit")]
    public async Task<IResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{id}/responses")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, [Roles.Office], out var caller, out var denied))
        {
            return denied;
        }

        if (!SurveyIds.IsValid(id))
        {
            return Problems.NotFound($"There is no survey '{id}'.");
        }

        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await intake.SubmitAsync(caller, id, body, cancellationToken);
        return outcome.ToResult(r => SurveyResponseView.From(r), r => $"/api/surveys/{id}/responses/{r.ResponseId:D}");
    }

    /// <summary>Role: the submitting office (its municipalities) or admin.</summary>
    [Function("Surveys_GetResponse")]
    public async Task<IResult> GetResponse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{id}/responses/{responseId}")] HttpRequest request,
        string id,
        string responseId,
        CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, [Roles.Office, Roles.Admin], out var caller, out var denied))
        {
            return denied;
        }

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

        EntityTags.Set(request, response.ETag);
        return TypedResults.Ok(SurveyResponseView.From(response, includeData: true));
    }

    /// <summary>
    /// Role: office, for the answer's municipality. Body as for submitting, without or with the same responseId.
    /// Stores a new revision (200); the same correction again is 200 unchanged; <c>If-Match</c> is honoured (412).
    /// </summary>
    [Function("Surveys_ReviseResponse")]
    public async Task<IResult> ReviseResponse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "surveys/{id}/responses/{responseId}")] HttpRequest request,
        string id,
        string responseId,
        CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, [Roles.Office], out var caller, out var denied))
        {
            return denied;
        }

        if (!SurveyIds.IsValid(id))
        {
            return Problems.NotFound($"There is no survey '{id}'.");
        }

        if (!Guid.TryParse(responseId, out var responseGuid))
        {
            return Problems.Invalid("responseId", "Must be a UUID.");
        }

        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var outcome = await corrections.ReviseAsync(caller, id, responseGuid, body, EntityTags.IfMatch(request), cancellationToken);
        EntityTags.Set(request, outcome.Value?.ETag);
        return outcome.ToResult(r => SurveyResponseView.From(r, includeData: true), r => $"/api/surveys/{id}/responses/{r.ResponseId:D}");
    }

    /// <summary>
    /// Role: office, for the answer's municipality. Withdraws the answer: kept for the audit, no longer counted or
    /// shown. 204, also when it was already withdrawn; <c>If-Match</c> is honoured (412).
    /// </summary>
    [Function("Surveys_WithdrawResponse")]
    public async Task<IResult> WithdrawResponse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "surveys/{id}/responses/{responseId}")] HttpRequest request,
        string id,
        string responseId,
        CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, [Roles.Office], out var caller, out var denied))
        {
            return denied;
        }

        if (!Guid.TryParse(responseId, out var responseGuid))
        {
            return Problems.Invalid("responseId", "Must be a UUID.");
        }

        var outcome = SurveyIds.IsValid(id)
            ? await corrections.WithdrawAsync(caller, id, responseGuid, EntityTags.IfMatch(request), cancellationToken)
            : WriteOutcome<SurveyResponse>.Fail(WriteStatus.NotFound, $"There is no survey '{id}'.");
        return outcome.Status is WriteStatus.Updated or WriteStatus.Replayed
            ? TypedResults.NoContent()
            : outcome.ToResult(r => SurveyResponseView.From(r), _ => "");
    }
}
