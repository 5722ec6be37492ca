using Knowledge.Examples;
using Knowledge.Shared;
using Knowledge.Tagging;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Health;

internal sealed class HealthFunctions(StorageReadiness readiness, CatalogueIndex catalogue, ITagger tagger)
{
    /// <summary>
    /// Role: anonymous. 200 once the tables exist, the seeds are written and the search index is built, with the
    /// catalogue version indexed and the tagger in use; 503 before. Reads no storage, so probes stay cheap.
    /// </summary>
    [Function("Health_Get")]
    public IResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        readiness.IsReady
            ? TypedResults.Ok(new
            {
                status = "ready",
                storage = "reachable",
                searchIndex = new { ready = catalogue.Version >= 0, catalogueVersion = catalogue.Version },
                tagger = tagger.Name,
            })
            : Problems.Unavailable(readiness.Failure is null ? "Starting." : "Waiting for table storage.");
}
