using System.Text.Json.Nodes;
using Knowledge.Audit;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Microsoft.Extensions.Logging;

namespace Knowledge.Surveys;

/// <summary>
/// The submitting office corrects an answer (a new revision; the superseded one is kept as its own row),
/// withdraws it (kept, marked withdrawn, no longer counted) or sets its own reference on it. A correction or a
/// withdrawal moves the needs counters in the same transaction. A correction is idempotent: the same correction again
/// matches the current revision's body hash and is answered as it stands, so a retry neither stores a revision nor
/// moves a count twice. A correction keeps the reference; a withdrawal clears it.
/// </summary>
internal sealed class SurveyCorrections(ISurveyResponseStore responses, SurveyIntake intake, TimeProvider clock, ILogger<SurveyCorrections> logger)
{
    private const int MaxAttempts = 5;

    public async Task<WriteOutcome<SurveyResponse>> ReviseAsync(
        Caller caller, string surveyId, Guid responseId, ReviseSurveyRequest body, string? ifMatch, CancellationToken cancellationToken)
    {
        var outcome = await ReviseOnceAsync(caller, surveyId, responseId, body, ifMatch, cancellationToken);
        SurveyLog.AnswerWritten(logger, "revise", responseId, surveyId, caller.UserId, outcome.Status, outcome.Value?.Revision);
        return outcome;
    }

    /// <summary>
    /// Sets the office's reference (masked; null clears it). Updated when it changed, Replayed when it already was so;
    /// the audit row names the answer, never the reference.
    /// </summary>
    public async Task<WriteOutcome<SurveyResponse>> SetReferenceAsync(
        Caller caller, string surveyId, Guid responseId, string? reference, string? ifMatch, CancellationToken cancellationToken)
    {
        var outcome = await SetReferenceOnceAsync(caller, surveyId, responseId, reference, ifMatch, cancellationToken);
        SurveyLog.AnswerWritten(logger, "reference", responseId, surveyId, caller.UserId, outcome.Status, outcome.Value?.Revision);
        return outcome;
    }

    /// <summary>Updated when withdrawn now, Replayed when it already was.</summary>
    public async Task<WriteOutcome<SurveyResponse>> WithdrawAsync(
        Caller caller, string surveyId, Guid responseId, string? ifMatch, CancellationToken cancellationToken)
    {
        var outcome = await WithdrawOnceAsync(caller, surveyId, responseId, ifMatch, cancellationToken);
        SurveyLog.AnswerWritten(logger, "withdraw", responseId, surveyId, caller.UserId, outcome.Status, outcome.Value?.Revision);
        return outcome;
    }

    private async Task<WriteOutcome<SurveyResponse>> SetReferenceOnceAsync(
        Caller caller, string surveyId, Guid responseId, string? reference, string? ifMatch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await FindOwnAsync(caller, surveyId, responseId, cancellationToken);
            if (current is null)
            {
                return NotFound(surveyId, responseId);
            }

            if (current.IsWithdrawn)
            {
                return Withdrawn(responseId);
            }

            if (current.Reference == reference)
            {
                return new WriteOutcome<SurveyResponse>(WriteStatus.Replayed, current);
            }

            if (ifMatch is not null && ifMatch != current.ETag)
            {
                return Stale(responseId);
            }

            var audit = new AuditEntry(clock.GetUtcNow(), caller.UserId, caller.IdentityProvider, "survey.response.reference", Target(surveyId, responseId), current.Municipality);
            if (await responses.TrySetReferenceAsync(current, reference, audit, cancellationToken))
            {
                return new WriteOutcome<SurveyResponse>(WriteStatus.Updated, await responses.GetAsync(current.Municipality, responseId, cancellationToken));
            }

            if (ifMatch is not null || attempt == MaxAttempts)
            {
                return Stale(responseId);
            }
        }
    }

    private async Task<WriteOutcome<SurveyResponse>> ReviseOnceAsync(
        Caller caller, string surveyId, Guid responseId, ReviseSurveyRequest body, string? ifMatch, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.ResponseId is { } named && named != responseId)
        {
            errors["responseId"] = ["Must be the answer's id in the address, or left out."];
        }

        var (answer, failure) = await intake.ValidateAsync(caller, surveyId, body, errors, cancellationToken);
        if (answer is null)
        {
            return failure!;
        }

        for (var attempt = 1; ; attempt++)
        {
            var current = await responses.GetAsync(answer.Municipality.Code, responseId, cancellationToken);
            if (current is null || current.SurveyId != surveyId)
            {
                return await ElsewhereAsync(caller, surveyId, responseId, answer.Municipality.Code, cancellationToken) is { } submittedFor
                    ? WriteOutcome<SurveyResponse>.Invalid("municipality", $"An answer stays in the municipality it was submitted for ({submittedFor}); withdraw it and submit a new answer instead.")
                    : NotFound(surveyId, responseId);
            }

            if (current.IsWithdrawn)
            {
                return Withdrawn(responseId);
            }

            if (current.BodyHash == answer.BodyHash)
            {
                return new WriteOutcome<SurveyResponse>(WriteStatus.Replayed, current);
            }

            if (ifMatch is not null && ifMatch != current.ETag)
            {
                return Stale(responseId);
            }

            var now = clock.GetUtcNow();
            var revised = await intake.BuildAsync(responseId, answer with { Data = answer.Data.DeepClone().AsObject() }, current.SubmittedAt, current.SubmittedBy, current.RecordKey, cancellationToken)
                with { Revision = current.Revision + 1, RevisedAt = now, SubmittedBodyHash = current.FirstBodyHash, Reference = current.Reference };
            var audit = new AuditEntry(now, caller.UserId, caller.IdentityProvider, "survey.response.revise", Target(surveyId, responseId), current.Municipality);
            if (await responses.TryReviseAsync(current, revised, audit, cancellationToken))
            {
                return new WriteOutcome<SurveyResponse>(WriteStatus.Updated, await responses.GetAsync(current.Municipality, responseId, cancellationToken));
            }

            // Someone changed the answer since it was read: with If-Match that is the client's conflict, else read again.
            if (ifMatch is not null || attempt == MaxAttempts)
            {
                var latest = await responses.GetAsync(current.Municipality, responseId, cancellationToken);
                return latest?.BodyHash == answer.BodyHash && latest is { IsWithdrawn: false }
                    ? new WriteOutcome<SurveyResponse>(WriteStatus.Replayed, latest)
                    : Stale(responseId);
            }
        }
    }

    private async Task<WriteOutcome<SurveyResponse>> WithdrawOnceAsync(
        Caller caller, string surveyId, Guid responseId, string? ifMatch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await FindOwnAsync(caller, surveyId, responseId, cancellationToken);
            if (current is null)
            {
                return NotFound(surveyId, responseId);
            }

            if (current.IsWithdrawn)
            {
                return new WriteOutcome<SurveyResponse>(WriteStatus.Replayed, current);
            }

            if (ifMatch is not null && ifMatch != current.ETag)
            {
                return Stale(responseId);
            }

            var now = clock.GetUtcNow();
            var audit = new AuditEntry(now, caller.UserId, caller.IdentityProvider, "survey.response.withdraw", Target(surveyId, responseId), current.Municipality);
            if (await responses.TryWithdrawAsync(current, now, audit, cancellationToken))
            {
                return new WriteOutcome<SurveyResponse>(WriteStatus.Updated, current with { WithdrawnAt = now });
            }

            if (ifMatch is not null || attempt == MaxAttempts)
            {
                return Stale(responseId);
            }
        }
    }

    /// <summary>The answer in one of the caller's municipalities, or null (another office's answer reads as absent).</summary>
    public async Task<SurveyResponse?> FindOwnAsync(Caller caller, string surveyId, Guid responseId, CancellationToken cancellationToken)
    {
        foreach (var municipality in caller.IsInRole(Roles.Office) ? caller.Municipalities : new HashSet<string>())
        {
            if (await responses.GetAsync(municipality, responseId, cancellationToken) is { } response && response.SurveyId == surveyId)
            {
                return response;
            }
        }

        return null;
    }

    private async Task<string?> ElsewhereAsync(Caller caller, string surveyId, Guid responseId, string asked, CancellationToken cancellationToken) =>
        await FindOwnAsync(caller, surveyId, responseId, cancellationToken) is { } found && found.Municipality != asked ? found.Municipality : null;

    private static string Target(string surveyId, Guid responseId) => $"surveys/{surveyId}/responses/{responseId:D}";

    private static WriteOutcome<SurveyResponse> NotFound(string surveyId, Guid responseId) =>
        WriteOutcome<SurveyResponse>.Fail(WriteStatus.NotFound, $"No answer {responseId:D} to survey '{surveyId}' in your municipalities.");

    private static WriteOutcome<SurveyResponse> Withdrawn(Guid responseId) =>
        WriteOutcome<SurveyResponse>.Fail(WriteStatus.Gone, $"Answer {responseId:D} was withdrawn; submit a new answer instead.");

    private static WriteOutcome<SurveyResponse> Stale(Guid responseId) =>
        WriteOutcome<SurveyResponse>.Fail(WriteStatus.PreconditionFailed, $"Answer {responseId:D} has changed since you read it; read it again and retry.");
}
