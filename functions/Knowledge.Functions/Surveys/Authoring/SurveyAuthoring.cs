using System.Text.Json.Nodes;
using Knowledge.Audit;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// Staff edit the next version of a survey as a draft and publish it once it passes <see cref="SurveyDefinitionRules"/>.
/// Published versions are immutable, so answers keep reading against the version they answered.
/// </summary>
internal sealed class SurveyAuthoring(ISurveyDefinitionStore store, Codebook codebook, TimeProvider clock)
{
    private const string Immutable = "Version {0} of survey '{1}' is published; published versions are immutable. Create a new draft version instead.";

    /// <summary>The next version as a copy of the latest published one; <see cref="WriteStatus.Conflict"/> with the existing draft when there is one.</summary>
    public async Task<WriteOutcome<SurveyVersionView>> CreateDraftAsync(Caller caller, string surveyId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(surveyId, null, cancellationToken) is not { } latest)
        {
            return NoSurvey(surveyId);
        }

        var now = clock.GetUtcNow();
        var draft = new SurveyDraft(surveyId, latest.Version + 1, latest.Version, now, caller.UserId, latest.Definition.DeepClone().AsObject());
        var outcome = await store.AddDraftAsync(draft, Audit(caller, now, "survey.draft.create", draft.Id, draft.Version), cancellationToken);
        return new WriteOutcome<SurveyVersionView>(
            outcome.Status,
            outcome.Value is { } written ? await ViewAsync(written, cancellationToken) : null,
            outcome.Errors,
            outcome.Detail);
    }

    /// <summary>The draft or a published version; null when the survey has neither.</summary>
    public async Task<SurveyVersionView?> GetAsync(string surveyId, int version, CancellationToken cancellationToken)
    {
        if (await store.GetDraftAsync(surveyId, cancellationToken) is { } draft && draft.Version == version)
        {
            return await ViewAsync(draft, cancellationToken);
        }

        return await store.GetAsync(surveyId, version, cancellationToken) is { } published ? SurveyVersionView.From(published) : null;
    }

    /// <summary>Replaces the draft's definition (body <c>{"definition": {…}}</c>); the rules' problems come back with it, not as a refusal.</summary>
    public async Task<WriteOutcome<SurveyVersionView>> UpdateAsync(
        Caller caller, string surveyId, int version, DraftRequest body, string? ifMatch, CancellationToken cancellationToken)
    {
        if (await FindDraftAsync(surveyId, version, cancellationToken) is not { } draft)
        {
            return await NotADraftAsync(surveyId, version, cancellationToken);
        }

        // Compared here too, so an If-Match that is no ETag at all is a 412 rather than a storage error.
        if (IsStale(ifMatch, draft))
        {
            return WriteOutcome<SurveyVersionView>.Fail(WriteStatus.PreconditionFailed, "The draft was changed by someone else since you read it; reload it and try again.");
        }

        var now = clock.GetUtcNow();
        var changed = draft with { Definition = body.Definition.DeepClone().AsObject(), UpdatedAt = now, UpdatedBy = caller.UserId };
        var outcome = await store.UpdateDraftAsync(changed, ifMatch, Audit(caller, now, "survey.draft.update", surveyId, version), cancellationToken);
        return new WriteOutcome<SurveyVersionView>(
            outcome.Status,
            outcome.Value is { } written ? await ViewAsync(written, cancellationToken) : null,
            outcome.Errors,
            outcome.Detail);
    }

    /// <summary>The version's changes against the latest published one (a published latest version: against the one before it).</summary>
    public async Task<WriteOutcome<SurveyChanges>> ChangesAsync(string surveyId, int version, CancellationToken cancellationToken)
    {
        if (await GetAsync(surveyId, version, cancellationToken) is not { } target)
        {
            return WriteOutcome<SurveyChanges>.Fail(WriteStatus.NotFound, $"Survey '{surveyId}' has no version {version}.");
        }

        var latest = (await store.GetAsync(surveyId, null, cancellationToken))!;
        var baseline = target.Status == SurveyVersionView.Published && latest.Version <= version
            ? await store.GetAsync(surveyId, version - 1, cancellationToken) ?? latest
            : latest;
        return new WriteOutcome<SurveyChanges>(WriteStatus.Replayed, SurveyChanges.Between(baseline.Version, baseline.Definition, target.Definition));
    }

    /// <summary>Publishes the draft if it passes the rules: the published row is added, never overwritten, and the draft deleted in one transaction.</summary>
    public async Task<WriteOutcome<SurveyVersionView>> PublishAsync(
        Caller caller, string surveyId, int version, string? ifMatch, CancellationToken cancellationToken)
    {
        if (await FindDraftAsync(surveyId, version, cancellationToken) is not { } draft)
        {
            return await NotADraftAsync(surveyId, version, cancellationToken);
        }

        if (IsStale(ifMatch, draft))
        {
            return WriteOutcome<SurveyVersionView>.Fail(WriteStatus.PreconditionFailed, "The draft was changed by someone else since you read it; reload it and check it again before publishing.");
        }

        var problems = await ProblemsAsync(draft, cancellationToken);
        if (problems.Count > 0)
        {
            return WriteOutcome<SurveyVersionView>.Invalid(problems);
        }

        // The ETag of the draft just validated: an edit in between fails the publish instead of slipping through unchecked.
        var now = clock.GetUtcNow();
        var published = new SurveyDefinition(surveyId, version, now, draft.Definition);
        var outcome = await store.PublishDraftAsync(published, draft.ETag, Audit(caller, now, "survey.publish", surveyId, version), cancellationToken);
        return new WriteOutcome<SurveyVersionView>(outcome.Status, outcome.Value is { } p ? SurveyVersionView.From(p) : null, outcome.Errors, outcome.Detail);
    }

    private static bool IsStale(string? ifMatch, SurveyDraft draft) => ifMatch is not null && ifMatch != "*" && ifMatch != draft.ETag;

    private async Task<SurveyVersionView> ViewAsync(SurveyDraft draft, CancellationToken cancellationToken) =>
        SurveyVersionView.From(draft, await ProblemsAsync(draft, cancellationToken));

    private async Task<IDictionary<string, string[]>> ProblemsAsync(SurveyDraft draft, CancellationToken cancellationToken)
    {
        var latest = await store.GetAsync(draft.Id, null, cancellationToken);
        return SurveyDefinitionRules.Check(draft.Definition, draft.Version, latest?.Version ?? 0, codebook);
    }

    private async Task<SurveyDraft?> FindDraftAsync(string surveyId, int version, CancellationToken cancellationToken) =>
        await store.GetDraftAsync(surveyId, cancellationToken) is { } draft && draft.Version == version ? draft : null;

    private async Task<WriteOutcome<SurveyVersionView>> NotADraftAsync(string surveyId, int version, CancellationToken cancellationToken) =>
        await store.GetAsync(surveyId, version, cancellationToken) is not null
            ? WriteOutcome<SurveyVersionView>.Fail(WriteStatus.Conflict, string.Format(System.Globalization.CultureInfo.InvariantCulture, Immutable, version, surveyId))
            : await store.GetAsync(surveyId, null, cancellationToken) is null
                ? NoSurvey(surveyId)
                : WriteOutcome<SurveyVersionView>.Fail(WriteStatus.NotFound, $"Survey '{surveyId}' has no draft of version {version}; create one with POST /api/surveys/{surveyId}/versions.");

    private static WriteOutcome<SurveyVersionView> NoSurvey(string surveyId) =>
        WriteOutcome<SurveyVersionView>.Fail(WriteStatus.NotFound, $"There is no survey '{surveyId}'.");

    private static AuditEntry Audit(Caller caller, DateTimeOffset at, string action, string surveyId, int version) =>
        new(at, caller.UserId, caller.IdentityProvider, action, $"surveys/{surveyId}/versions/{version}", "surveys");
}
