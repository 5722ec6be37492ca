using System.Text.Json.Nodes;
using Knowledge.Api;
using Knowledge.Shared.Http;

namespace Knowledge.Tests.Api;

/// <summary>The OpenAPI description the app serves, generated from the functions' declarations, with $ref resolution.</summary>
internal sealed class OpenApiDocument
{
    public static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private OpenApiDocument(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    /// <summary>The description as the app serves it: Microsoft.OpenApi's writing of the generated document.</summary>
    public static OpenApiDocument Load() => new(JsonNode.Parse(OpenApiGenerator.Write(typeof(RoleGate).Assembly))!.AsObject());

    /// <summary>Every operation with its path, lower-case method and object.</summary>
    public IEnumerable<(string Path, string Method, JsonObject Operation)> Operations() =>
        from path in Root["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where Methods.Contains(method.Key)
        select (path.Key, method.Key, method.Value!.AsObject());

    public JsonObject Operation(string method, string path) =>
        Root["paths"]![path]?[method.ToLowerInvariant()]?.AsObject()
        ?? throw new InvalidOperationException($"The description has no {method} {path}.");

    /// <summary>The schema of one response status and media type, following a $ref to a shared response.</summary>
    public JsonNode ResponseSchema(string method, string path, int status, string mediaType)
    {
        var response = Resolve(Operation(method, path)["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            ?? throw new InvalidOperationException($"{method} {path} documents no {status} response."));
        return response["content"]?[mediaType]?["schema"]
            ?? throw new InvalidOperationException($"{method} {path} {status} documents no {mediaType} body.");
    }

    /// <summary>The node a local $ref ("#/components/...") points to, or the node itself; null when it does not resolve.</summary>
    public JsonNode? TryResolve(JsonNode node)
    {
        // A nullable record is {"anyOf": [{"$ref": ...}, {"type": "null"}]}: the record is what to check.
        if (node is JsonObject { Count: 1 } wrapper && wrapper["anyOf"] is JsonArray { Count: 2 } either && either[1]?["type"]?.GetValue<string>() == "null")
        {
            return TryResolve(either[0]!);
        }

        if (node is not JsonObject obj || obj["$ref"] is not JsonValue reference)
        {
            return node;
        }

        var pointer = reference.GetValue<string>();
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? current = Root;
        foreach (var part in pointer[2..].Split('/'))
        {
            current = current is JsonObject o && o.TryGetPropertyValue(part.Replace("~1", "/").Replace("~0", "~"), out var next) ? next : null;
            if (current is null)
            {
                return null;
            }
        }

        return TryResolve(current);
    }

    public JsonNode Resolve(JsonNode node) =>
        TryResolve(node) ?? throw new InvalidOperationException($"Unresolved reference {node.ToJsonString()}.");
}
