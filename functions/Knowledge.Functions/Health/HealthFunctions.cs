using Knowledge.Examples;
using Knowledge.Tagging;

namespace Knowledge.Health;

internal sealed class HealthFunctions(StorageReadiness readiness, StorageProbe storage, CatalogueIndex catalogue, ITagger tagger)
{
    /// <summary>
    /// Role: anonymous. 200 once the tables exist, the seeds are written and the search index is built, with the
    /// catalogue version indexed and the tagger in use; 503 before, and whenever table storage stops answering
    /// (one shared point read every couple of seconds, so probes stay cheap).
    /// </summary>
    [Function("Health_Get")]
    [Anonymous]
    [Operation("Health", "Readiness: 200 once tables exist, seeds are written and the search index is built (with the tagger in use), 503 before.")]
    [Returns(200, typeof(HealthView), "Ready.")]
    [Fails(503)]
    public async Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
    {
        if (!readiness.IsReady)
        {
            return Problems.Unavailable(readiness.Failure is null ? "Starting." : "Waiting for table storage.");
        }

        if (!await storage.IsReachableAsync())
        {
            return Problems.Unavailable("Table storage does not answer.");
        }

        return TypedResults.Ok(new HealthView("ready", "reachable", new SearchIndexView(catalogue.Version >= 0, catalogue.Version), tagger.Name));
    }
}
