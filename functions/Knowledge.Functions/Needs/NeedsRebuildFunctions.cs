using Knowledge.Audit;
using Knowledge.Reference;

namespace Knowledge.Needs;

internal sealed class NeedsRebuildFunctions(IRebuildJobStore jobs, ReferenceData reference, TimeProvider clock)
{
    /// <summary>Role: admin. Queues a recount of every counter from the raw answers and notes; 202 with a status URL.</summary>
    [Function("Needs_StartRebuild")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Needs", "Queues a recount of every counter from the raw answers and notes.")]
    [Returns(202, typeof(RebuildJobView), "Queued.", Headers = ResponseHeaders.Location)]
    [Fails(503)]
    public async Task<IResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "needs/rebuild")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request);

        var now = clock.GetUtcNow();
        var job = new RebuildJob(Guid.NewGuid(), RebuildStatus.Queued, reference.Municipalities.Count, 0, [], false, now, caller.UserId, null);
        await jobs.CreateAsync(job, new AuditEntry(now, caller.UserId, caller.IdentityProvider, "needs.rebuild.start", $"needs/rebuild/{job.JobId:D}", "needs"), cancellationToken);
        return TypedResults.Accepted($"/api/needs/rebuild/{job.JobId:D}", RebuildJobView.From(job));
    }

    /// <summary>Role: admin. Progress and the differences found so far.</summary>
    [Function("Needs_RebuildStatus")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Needs", "A rebuild's progress and the differences found so far.")]
    [Parameter("id", "Rebuild job UUID.")]
    [Returns(200, typeof(RebuildJobView), "The job.")]
    [Fails(404, 503)]
    public async Task<IResult> Status(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs/rebuild/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var job = Guid.TryParse(id, out var jobId) ? await jobs.GetAsync(jobId, cancellationToken) : null;
        return job is null ? Problems.NotFound($"There is no rebuild {id}.") : TypedResults.Ok(RebuildJobView.From(job));
    }
}
