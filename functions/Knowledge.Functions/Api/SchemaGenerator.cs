using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;

namespace Knowledge.Api;

/// <summary>
/// OpenAPI 3.1 (JSON Schema 2020-12) schemas from C# types, as System.Text.Json writes them with the web defaults the API
/// answers with, in Microsoft.OpenApi's object model. A record becomes a component named after its type: its properties
/// are required unless nullable or left out when null (a <c>[JsonRequired]</c> one even when nullable), a nullable one
/// also admits null, no other property is allowed,
/// and DataAnnotations on a property (<c>[MaxLength]</c>, <c>[MinLength]</c>, <c>[RegularExpression]</c>,
/// <c>[Range]</c>, <c>[AllowedValues]</c>, <c>[Description]</c>) become its limits.
/// </summary>
internal sealed class SchemaGenerator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private readonly SortedDictionary<string, OpenApiSchema> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _names = [];

    /// <summary>Every component a schema so far referred to, by name.</summary>
    public Dictionary<string, IOpenApiSchema> Components() => _components.ToDictionary(c => c.Key, c => (IOpenApiSchema)c.Value, StringComparer.Ordinal);

    /// <summary>The schema of a value of the type: inline for scalars and collections, a $ref for a record.</summary>
    public IOpenApiSchema For(Type type, bool enumAsString = false)
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
                ? new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n))] }
                : new OpenApiSchema { Type = JsonSchemaType.String }; // written by options with a string converter whose naming the type does not know
        }

        var info = Json.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Dictionary => new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = For(info.ElementType!) },
            JsonTypeInfoKind.Enumerable => new OpenApiSchema { Type = JsonSchemaType.Array, Items = For(info.ElementType!) },
            JsonTypeInfoKind.Object => Reference(type, info),
            _ => throw new InvalidOperationException($"{type} has no JSON schema; describe it as a record."),
        };
    }

    private static OpenApiSchema? Scalar(Type type) => type switch
    {
        _ when type == typeof(string) || type == typeof(char) || type == typeof(Uri) || type == typeof(TimeSpan) => new() { Type = JsonSchemaType.String },
        _ when type == typeof(Guid) => new() { Type = JsonSchemaType.String, Format = "uuid" },
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => new() { Type = JsonSchemaType.String, Format = "date-time" },
        _ when type == typeof(DateOnly) => new() { Type = JsonSchemaType.String, Format = "date" },
        _ when type == typeof(bool) => new() { Type = JsonSchemaType.Boolean },
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => new() { Type = JsonSchemaType.Integer },
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => new() { Type = JsonSchemaType.Number },
        _ when type == typeof(byte[]) || typeof(Stream).IsAssignableFrom(type) => new() { Type = JsonSchemaType.String, Format = "binary" },
        _ when type == typeof(JsonObject) => new() { Type = JsonSchemaType.Object },
        _ when type == typeof(JsonNode) || type == typeof(JsonElement) || type == typeof(object) => new(),
        _ => null,
    };

    private OpenApiSchemaReference Reference(Type type, JsonTypeInfo info)
    {
        if (!_names.TryGetValue(type, out var name))
        {
            name = type.Name;
            if (type.IsGenericType || _components.ContainsKey(name))
            {
                throw new InvalidOperationException($"{type} cannot be the schema '{name}': name it uniquely, as a non-generic record.");
            }

            _names[type] = name;
            _components[name] = new(); // taken before the properties, so a type that contains itself refers to itself
            _components[name] = ObjectSchema(type, info);
        }

        return new OpenApiSchemaReference(name);
    }

    private OpenApiSchema ObjectSchema(Type type, JsonTypeInfo info)
    {
        var required = new List<string>();
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
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
            if ((!nullable && !omittedWhenNull) || property.IsRequired)
            {
                required.Add(property.Name);
            }

            properties[property.Name] = PropertySchema(property, member, nullable);
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = type.GetCustomAttribute<DescriptionAttribute>()?.Description,
            Required = required.Count > 0 ? new HashSet<string>(required, StringComparer.Ordinal) : null,
            Properties = properties,
            AdditionalPropertiesAllowed = open,
        };
    }

    private IOpenApiSchema PropertySchema(JsonPropertyInfo property, MemberInfo? member, bool nullable)
    {
        var schema = For(property.PropertyType, property.CustomConverter?.GetType().Name.StartsWith("JsonStringEnumConverter", StringComparison.Ordinal) == true);
        if (schema is OpenApiSchemaReference reference)
        {
            // OpenAPI 3.1 lets a $ref have a description beside it; null is the other branch of an anyOf.
            reference.Description = member?.GetCustomAttribute<DescriptionAttribute>()?.Description;
            return nullable ? new OpenApiSchema { AnyOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }] } : reference;
        }

        var inline = (OpenApiSchema)schema;
        if (member is not null)
        {
            Limit(inline, member);
        }

        if (nullable && inline.Type is { } type)
        {
            inline.Type = type | JsonSchemaType.Null;
            inline.Enum?.Add(JsonNullSentinel.JsonNull); // an enum that leaves null out would refuse it
        }

        return inline;
    }

    private static void Limit(OpenApiSchema schema, MemberInfo member)
    {
        var array = schema.Type == JsonSchemaType.Array;
        foreach (var attribute in member.GetCustomAttributes())
        {
            switch (attribute)
            {
                case DescriptionAttribute d:
                    schema.Description = d.Description;
                    break;
                case MaxLengthAttribute m when array:
                    schema.MaxItems = m.Length;
                    break;
                case MaxLengthAttribute m:
                    schema.MaxLength = m.Length;
                    break;
                case MinLengthAttribute m when array:
                    schema.MinItems = m.Length;
                    break;
                case MinLengthAttribute m:
                    schema.MinLength = m.Length;
                    break;
                case RegularExpressionAttribute r:
                    schema.Pattern = r.Pattern;
                    break;
                case RangeAttribute r:
                    schema.Minimum = Number(r.Minimum);
                    schema.Maximum = Number(r.Maximum);
                    break;
                case AllowedValuesAttribute a:
                    schema.Enum = [.. a.Values.Select(v => (JsonNode)JsonValue.Create(v?.ToString())!)];
                    break;
            }
        }
    }

    /// <summary>A limit as the JSON number it is written as: whole limits as integers, others as they are.</summary>
    public static string Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
}
