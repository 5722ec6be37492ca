using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Api;

/// <summary>The hand-maintained OpenAPI description (Api/openapi.json), served as shipped.</summary>
internal sealed class ApiFunctions
{
    private static readonly Lazy<byte[]> Description = new(ReadDescription);

    /// <summary>Role: anonymous. The OpenAPI 3.0 description of every HTTP endpoint, with the roles each one needs.</summary>
    [Function("Api_OpenApi")]
    [Anonymous]
    public IResult OpenApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        TypedResults.Bytes(Description.Value, "application/json; charset=utf-8");

    private static byte[] ReadDescription()
    {
        var assembly = typeof(ApiFunctions).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Api.openapi.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
