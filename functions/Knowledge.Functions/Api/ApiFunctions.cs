using System.Text;
using System.Text.Json.Nodes;
using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Api;

/// <summary>The OpenAPI description, generated once from the functions' declarations (<see cref="OpenApiGenerator"/>).</summary>
internal sealed class ApiFunctions
{
    private static readonly Lazy<byte[]> Description = new(() => Encoding.UTF8.GetBytes(OpenApiGenerator.Write(typeof(ApiFunctions).Assembly)));

    /// <summary>Role: anonymous. The OpenAPI 3.1 description of every HTTP endpoint, with the roles each one needs.</summary>
    [Function("Api_OpenApi")]
    [Anonymous]
    [Operation("API", "This OpenAPI description, generated from the functions' declarations.")]
    [Returns(200, typeof(JsonObject), "The OpenAPI document.")]
    public IResult OpenApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        TypedResults.Bytes(Description.Value, "application/json; charset=utf-8");
}
