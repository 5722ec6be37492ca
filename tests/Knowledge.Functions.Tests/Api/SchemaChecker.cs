using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Knowledge.Tests.Api;

/// <summary>
/// Checks a JSON value against a schema of the API description with JsonSchema.Net: OpenAPI 3.1 schemas are JSON Schema
/// 2020-12, so each schema is bundled with the document's components as <c>$defs</c> and built once. Formats are
/// asserted as well. An error names the value's JSON path (<c>$[0].name</c>), the keyword it breaks and JsonSchema.Net's
/// message.
/// </summary>
internal sealed class SchemaChecker(OpenApiDocument document)
{
    private const string Components = "#/components/schemas/";

    // Formats too (uuid, date, date-time): 2020-12 only annotates them unless asked to assert them.
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly ConcurrentDictionary<string, JsonSchema> _built = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Check(JsonNode? value, JsonNode schema)
    {
        var results = _built.GetOrAdd(schema.ToJsonString(), _ => Build(schema))
            .Evaluate(JsonSerializer.SerializeToElement(value), Options);
        return results.IsValid
            ? []
            : [.. (from node in (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []]
                   from error in node.Errors ?? new Dictionary<string, string>()
                   select $"{Path(node.InstanceLocation.ToString())}: {error.Key}: {error.Value}").Distinct()];
    }

    private JsonSchema Build(JsonNode schema)
    {
        var bundle = Rewrite(schema)!.AsObject();
        bundle["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        bundle["$defs"] = Rewrite(document.Root["components"]!["schemas"]);
        return JsonSchema.FromText(bundle.ToJsonString(), baseUri: new Uri($"https://knowledge.test/schemas/{Guid.NewGuid()}"));
    }

    /// <summary>A copy whose references to components point at the bundle's $defs.</summary>
    private static JsonNode? Rewrite(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key,
            p.Key == "$ref" && p.Value!.GetValue<string>().StartsWith(Components, StringComparison.Ordinal)
                ? JsonValue.Create("#/$defs/" + p.Value.GetValue<string>()[Components.Length..])
                : Rewrite(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Rewrite)]),
        _ => node?.DeepClone(),
    };

    /// <summary>A JSON pointer ("/0/name") as a path ("$[0].name").</summary>
    private static string Path(string pointer) =>
        "$" + string.Concat(pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .Select(s => int.TryParse(s, out _) ? $"[{s}]" : $".{s}"));
}
