using System.Text.RegularExpressions;
using Knowledge.Audit;

namespace Knowledge.Tagging.Models;

/// <summary>The tag models staff reviews train: versions, retrains and rollbacks. Admin only.</summary>
internal sealed partial class TagModelFunctions(TagModels models, IRetrainJobStore jobs, TimeProvider clock)
{
    /// <summary>Role: admin. The version in use and every version kept, with their figures.</summary>
    [Function("TagModels_List")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Tagging", "The tag model in use and every version kept, with the figures each was judged by.")]
    [Returns(200, typeof(TagModelList), "The versions, newest first.")]
    [Fails(503)]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tags/models")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        return TypedResults.Ok(new TagModelList(models.InUse, CombinedTagger.NameOf(models.InUse), await models.ListAsync(cancellationToken)));
    }

    /// <summary>Role: admin. Puts a version back into use (a rollback): the shipped model or one that passed its check.</summary>
    [Function("TagModels_Promote")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Tagging", "Puts a version back into use (a rollback): the shipped model or one that passed its check when trained.")]
    [Parameter("version", "Model version (8 hex digits).")]
    [Returns(200, typeof(TagModelVersionView), "The version now in use.")]
    [Fails(404, 409, 503)]
    public async Task<IResult> Promote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tags/models/{version}/promote")] HttpRequest request,
        string version,
        CancellationToken cancellationToken)
    {
        if (!VersionPattern().IsMatch(version))
        {
            return Problems.NotFound($"There is no tag model {version}; see /api/tags/models.");
        }

        var outcome = await models.PromoteAsync(Caller.Of(request), version, cancellationToken);
        return outcome.ToResult(v => v, v => $"/api/tags/models/{v.Version}");
    }

    /// <summary>Role: admin. Queues a retrain from the corpus and the reviewed notes; 202 with a status URL.</summary>
    [Function("TagModels_StartRetrain")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Tagging", "Queues a retrain from the labelled corpus and the reviewed notes (masked text only); the candidate is promoted only if no worse on the test split and the held-out reviews.")]
    [Returns(202, typeof(RetrainJobView), "Queued.", Headers = ResponseHeaders.Location)]
    [Fails(503)]
    public async Task<IResult> StartRetrain(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tags/models/retrain")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request);

        var now = clock.GetUtcNow();
        var job = new RetrainJob(Guid.NewGuid(), RetrainStatus.Queued, RetrainStage.Queued, 0, now, caller.UserId, null, null, null);
        await jobs.CreateAsync(job, new AuditEntry(now, caller.UserId, caller.IdentityProvider, "tagging.retrain.start", $"tags/models/retrain/{job.JobId:D}", "tagging"), cancellationToken);
        return TypedResults.Accepted(RetrainJobView.Location(job.JobId), RetrainJobView.From(job));
    }

    /// <summary>Role: admin. Stage and progress, then the candidate's figures against the model it would replace.</summary>
    [Function("TagModels_RetrainStatus")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Tagging", "A retrain's stage and progress, then the candidate's figures against the model it would replace.")]
    [Parameter("id", "Retrain job UUID.")]
    [Returns(200, typeof(RetrainJobView), "The job.")]
    [Fails(404, 503)]
    public async Task<IResult> GetRetrain(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tags/models/retrain/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var job = Guid.TryParse(id, out var jobId) ? await jobs.GetAsync(jobId, cancellationToken) : null;
        return job is null ? Problems.NotFound($"There is no retrain {id}.") : TypedResults.Ok(RetrainJobView.From(job));
    }

    [GeneratedRegex("^[0-9a-f]{8}$")]
    private static partial Regex VersionPattern();

    private sealed record TagModelList(string InUse, string Tagger, IReadOnlyList<TagModelVersionView> Versions);
}
