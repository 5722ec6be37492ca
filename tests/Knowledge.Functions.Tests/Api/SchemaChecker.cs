using System.Text.Json;
using System.Text.Json.Nodes;

namespace Knowledge.Tests.Api;

/// <summary>
/// Checks a JSON value against the subset of OpenAPI 3.0 schema that the generated description uses:
/// $ref, allOf, type, nullable, required, properties, additionalProperties, items and enum.
/// </summary>
internal sealed class SchemaChecker(OpenApiDocument document)
{
    public IReadOnlyList<string> Check(JsonNode? value, JsonNode schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private void Check(JsonNode? value, JsonNode schemaNode, string at, List<string> errors)
    {
        var schema = document.Resolve(schemaNode).AsObject();
        if (value is null && (schema["nullable"]?.GetValue<bool>() == true || schemaNode["nullable"]?.GetValue<bool>() == true))
        {
            return; // a nullable allOf: null need not match the parts
        }

        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all)
            {
                Check(value, part!, at, errors);
            }
        }

        if (value is null)
        {
            if (schema["type"] is not null && schema["nullable"]?.GetValue<bool>() != true)
            {
                errors.Add($"{at}: null where {schema["type"]} is required");
            }

            return;
        }

        if (schema["type"]?.GetValue<string>() is { } type && !HasType(value, type))
        {
            errors.Add($"{at}: expected {type}, got {value.GetValueKind()}");
            return;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add($"{at}: {value.ToJsonString()} is not one of {allowed.ToJsonString()}");
        }

        if (value is JsonObject obj)
        {
            CheckObject(obj, schema, at, errors);
        }

        if (value is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, $"{at}[{i}]", errors);
            }
        }
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string at, List<string> errors)
    {
        foreach (var name in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
        {
            if (!obj.ContainsKey(name))
            {
                errors.Add($"{at}: missing required '{name}'");
            }
        }

        var properties = schema["properties"]?.AsObject();
        foreach (var (name, child) in obj)
        {
            if (properties?[name] is { } property)
            {
                Check(child, property, $"{at}.{name}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue flag && flag.GetValueKind() == JsonValueKind.False)
            {
                errors.Add($"{at}: unexpected property '{name}'");
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(child, additional, $"{at}.{name}", errors);
            }
        }
    }

    private static bool HasType(JsonNode value, string type) => (type, value.GetValueKind()) switch
    {
        ("object", JsonValueKind.Object) => true,
        ("array", JsonValueKind.Array) => true,
        ("string", JsonValueKind.String) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => value.AsValue().TryGetValue(out long _),
        _ => false,
    };
}
