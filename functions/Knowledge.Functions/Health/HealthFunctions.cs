using Knowledge.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Health;

internal sealed class HealthFunctions(StorageReadiness readiness)
{
    /// <summary>Role: anonymous. 200 once the tables exist and seeds are written, 503 before.</summary>
    [Function("Health_Get")]
    public IResult Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        readiness.IsReady
            ? TypedResults.Ok(new { status = "ready" })
            : Problems.Unavailable(readiness.Failure is null ? "Starting." : "Waiting for table storage.");
}
