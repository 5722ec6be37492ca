using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.LocalHost;

/// <summary>The standalone host must serve exactly the HTTP functions the Functions SDK lists for Azure.</summary>
[Collection(StorageCollection.Name)]
public sealed class FunctionsMetadataTests(TestEnvironment env)
{
    [Fact]
    public async Task The_standalone_host_serves_exactly_the_http_functions_in_functions_metadata()
    {
        await env.ClientAsync();
        var expected = FunctionsMetadata.HttpFunctions().Select(f => $"{f.Name} {f.Method} {f.Route}").Order().ToList();

        var served = env.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(m => $"{e.Metadata.GetMetadata<EndpointNameMetadata>()?.EndpointName} {m} {e.RoutePattern.RawText!["/api/".Length..]}"))
            .Order()
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, served);
    }

    [Fact]
    public void The_route_prefix_in_host_json_is_the_one_the_standalone_host_uses()
    {
        var host = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("host.json")))!;

        Assert.Equal("api", host["extensions"]!["http"]!["routePrefix"]!.GetValue<string>());
    }
}
