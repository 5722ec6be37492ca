using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Knowledge.Tests.Infrastructure;

/// <summary>One HTTP function as the Functions SDK lists it: name, upper-case method and route without the /api prefix.</summary>
internal sealed record HttpFunction(string Name, string Method, string Route)
{
    /// <summary>"GET /api/notes/{}": the route with every parameter (and constraint) blanked, for comparing templates.</summary>
    public string Key => Normalize(Method, "/api/" + Route);

    public static string Normalize(string method, string path) =>
        $"{method.ToUpperInvariant()} {FunctionsMetadata.RouteParameter().Replace(path, "{}")}";
}

/// <summary>functions.metadata is what the SDK writes at build time and the Azure host reads at start.</summary>
internal static partial class FunctionsMetadata
{
    [GeneratedRegex("\\{[^}]*\\}")]
    public static partial Regex RouteParameter();

    /// <summary>Every HTTP-triggered function and method; timer-triggered functions are left out.</summary>
    public static IEnumerable<HttpFunction> HttpFunctions()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        foreach (var function in JsonNode.Parse(File.ReadAllText(path))!.AsArray())
        {
            var trigger = function!["bindings"]!.AsArray().SingleOrDefault(b => b!["type"]!.GetValue<string>() == "httpTrigger");
            if (trigger is null)
            {
                continue;
            }

            foreach (var method in trigger["methods"]!.AsArray())
            {
                yield return new HttpFunction(function["name"]!.GetValue<string>(), method!.GetValue<string>().ToUpperInvariant(), trigger["route"]!.GetValue<string>());
            }
        }
    }
}
