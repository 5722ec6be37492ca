using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Knowledge.Api;

/// <summary>
/// OpenAPI 3.0 schemas from C# types, as System.Text.Json writes them with the web defaults the API answers with.
/// A record becomes a component named after its type: its properties are required unless
/// nullable or left out when null, no other property is allowed, and DataAnnotations on a property
/// (<c>[MaxLength]</c>, <c>[MinLength]</c>, <c>[RegularExpression]</c>, <c>[Range]</c>, <c>[AllowedValues]</c>,
/// <c>[Description]</c>) become its limits.
/// </summary>
internal sealed class SchemaGenerator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private readonly SortedDictionary<string, JsonObject> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _names = [];

    /// <summary>Every component a schema so far referred to, by name.</summary>
    public JsonObject Components() => new(_components.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value.DeepClone())));

    /// <summary>The schema of a value of the type: inline for scalars and collections, a $ref for a record.</summary>
    public JsonObject For(Type type, bool enumAsString = false)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return For(underlying, enumAsString);
        }

        if (Scalar(type) is { } scalar)
        {
            return scalar;
        }

        if (type.IsEnum)
        {
            return enumAsString || type.GetCustomAttribute<JsonConverterAttribute>() is not null
                ? new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames(type).Select(n => JsonValue.Create(n))]) }
                : new JsonObject { ["type"] = "string" }; // written by options with a string converter whose naming the type does not know
        }

        var info = Json.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Dictionary => new JsonObject { ["type"] = "object", ["additionalProperties"] = For(info.ElementType!) },
            JsonTypeInfoKind.Enumerable => new JsonObject { ["type"] = "array", ["items"] = For(info.ElementType!) },
            JsonTypeInfoKind.Object => Reference(type, info),
            _ => throw new InvalidOperationException($"{type} has no JSON schema; describe it as a record."),
        };
    }

    private static JsonObject? Scalar(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(char) || type == typeof(Uri) || type == typeof(TimeSpan) => new JsonObject { ["type"] = "string" },
        _ when type == typeof(Guid) => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        _ when type == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["format"] = "date" },
        _ when type == typeof(bool) => new JsonObject { ["type"] = "boolean" },
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => new JsonObject { ["type"] = "integer" },
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => new JsonObject { ["type"] = "number" },
        _ when type == typeof(byte[]) || typeof(Stream).IsAssignableFrom(type) => new JsonObject { ["type"] = "string", ["format"] = "binary" },
        _ when type == typeof(JsonObject) => new JsonObject { ["type"] = "object" },
        _ when type == typeof(JsonNode) || type == typeof(JsonElement) || type == typeof(object) => [],
        _ => null,
    };

    private JsonObject Reference(Type type, JsonTypeInfo info)
    {
        if (!_names.TryGetValue(type, out var name))
        {
            name = type.Name;
            if (type.IsGenericType || _components.ContainsKey(name))
            {
                throw new InvalidOperationException($"{type} cannot be the schema '{name}': name it uniquely, as a non-generic record.");
            }

            _names[type] = name;
            _components[name] = []; // taken before the properties, so a type that contains itself refers to itself
            _components[name] = ObjectSchema(type, info);
        }

        return new JsonObject { ["$ref"] = $"#/components/schemas/{name}" };
    }

    private JsonObject ObjectSchema(Type type, JsonTypeInfo info)
    {
        var required = new JsonArray();
        var properties = new JsonObject();
        var open = false;
        foreach (var property in info.Properties.Where(p => p.Get is not null))
        {
            if (property.IsExtensionData)
            {
                open = true; // [JsonExtensionData] keeps whatever else comes
                continue;
            }

            var member = property.AttributeProvider as MemberInfo;
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null || (!property.PropertyType.IsValueType && property.IsGetNullable);
            var omittedWhenNull = member?.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault;
            if (!nullable && !omittedWhenNull)
            {
                required.Add(property.Name);
            }

            properties[property.Name] = PropertySchema(property, member, nullable);
        }

        var schema = new JsonObject { ["type"] = "object" };
        if (type.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            schema["description"] = description.Description;
        }

        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["properties"] = properties;
        schema["additionalProperties"] = open;
        return schema;
    }

    private JsonObject PropertySchema(JsonPropertyInfo property, MemberInfo? member, bool nullable)
    {
        var schema = For(property.PropertyType, property.CustomConverter?.GetType().Name.StartsWith("JsonStringEnumConverter", StringComparison.Ordinal) == true);
        var limits = member is null ? [] : Limits(member, schema["type"]?.GetValue<string>() == "array");
        if (schema.ContainsKey("$ref") && (nullable || limits.Count > 0))
        {
            // OpenAPI 3.0 ignores a $ref's siblings, so a nullable or described record goes through allOf.
            schema = new JsonObject { ["allOf"] = new JsonArray(schema) };
        }

        foreach (var (key, value) in limits)
        {
            schema[key] = value;
        }

        if (nullable)
        {
            schema["nullable"] = true;
        }

        return schema;
    }

    private static List<(string Key, JsonNode Value)> Limits(MemberInfo member, bool array)
    {
        var limits = new List<(string, JsonNode)>();
        foreach (var attribute in member.GetCustomAttributes())
        {
            switch (attribute)
            {
                case DescriptionAttribute d:
                    limits.Add(("description", d.Description));
                    break;
                case MaxLengthAttribute m:
                    limits.Add((array ? "maxItems" : "maxLength", m.Length));
                    break;
                case MinLengthAttribute m:
                    limits.Add((array ? "minItems" : "minLength", m.Length));
                    break;
                case RegularExpressionAttribute r:
                    limits.Add(("pattern", r.Pattern));
                    break;
                case RangeAttribute r:
                    limits.Add(("minimum", Number(r.Minimum)));
                    limits.Add(("maximum", Number(r.Maximum)));
                    break;
                case AllowedValuesAttribute a:
                    limits.Add(("enum", new JsonArray([.. a.Values.Select(v => JsonValue.Create(v?.ToString()))])));
                    break;
            }
        }

        return limits;
    }

    // Whole limits as integers (as a reader of the schema expects for an integer), others as they are.
    private static JsonNode Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture) is var d && d % 1 == 0 && Math.Abs(d) <= int.MaxValue
        ? JsonValue.Create((int)d)
        : JsonValue.Create(d);
}
