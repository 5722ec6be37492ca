using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Knowledge.Shared.Http;

/// <summary>
/// Checks a parsed body against its record's System.Text.Json metadata and DataAnnotations, and collects one error
/// per bad field rather than stopping at the first, as the serializer would. A property is required unless
/// nullable, or unless <c>[JsonRequired]</c> asks for it to be given even as null; a name the record does not know is refused, so a misspelt field is never silently dropped. Strings are
/// trimmed in place, and a blank one counts as missing. Opaque JSON (<see cref="JsonObject"/>, a survey's answers)
/// is left for the feature to read.
/// </summary>
internal static class BodyShape
{
    // Read once per property and pattern: bodies are checked on every request.
    private static readonly ConcurrentDictionary<MemberInfo, ValidationAttribute[]> Limits = new();
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public static Dictionary<string, string[]> Check(JsonObject body, JsonTypeInfo type)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        CheckObject(body, type, "", errors);
        return errors;
    }

    /// <summary>A field name as the client wrote it, from the serializer's JSON path (<c>$.company.sizeClass</c>).</summary>
    public static string FieldName(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');

    private static void CheckObject(JsonObject body, JsonTypeInfo type, string prefix, Dictionary<string, string[]> errors)
    {
        var properties = type.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).ToList();
        var open = properties.Any(p => p.IsExtensionData);
        foreach (var property in properties.Where(p => !p.IsExtensionData))
        {
            var field = prefix + property.Name;
            var given = body.TryGetPropertyValue(property.Name, out var sent);
            var node = Trimmed(sent, property.PropertyType);
            if (node != sent)
            {
                given &= node is not null;
                body[property.Name] = node;
            }

            if (node is null)
            {
                // [JsonRequired] on a nullable property: it must be given, though null may be ("null clears it").
                if (!IsNullable(property) || (property.IsRequired && !given))
                {
                    errors.TryAdd(field, ["Required."]);
                }

                continue;
            }

            CheckValue(node, type.Options.GetTypeInfo(property.PropertyType), property.AttributeProvider as MemberInfo, field, errors);
        }

        if (!open)
        {
            foreach (var unknown in body.Select(p => p.Key).Where(name => properties.All(p => p.Name != name)))
            {
                errors.TryAdd(prefix + unknown, ["Unknown field."]);
            }
        }
    }

    private static void CheckValue(JsonNode node, JsonTypeInfo type, MemberInfo? member, string field, Dictionary<string, string[]> errors)
    {
        var limits = member is null ? [] : Limits.GetOrAdd(member, m => [.. m.GetCustomAttributes<ValidationAttribute>()]);
        var valueType = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        if (valueType == typeof(JsonObject))
        {
            if (node is not JsonObject)
            {
                errors.TryAdd(field, ["Must be a JSON object."]);
            }

            return;
        }

        if (valueType == typeof(JsonNode) || valueType == typeof(JsonElement))
        {
            return;
        }

        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                CheckObject(obj, type, field + ".", errors);
                return;
            case JsonTypeInfoKind.Object:
                errors.TryAdd(field, ["Must be a JSON object."]);
                return;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array:
                CheckArray(array, type, limits, field, errors);
                return;
            case JsonTypeInfoKind.Enumerable:
                errors.TryAdd(field, ["Must be an array."]);
                return;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map:
                var values = type.Options.GetTypeInfo(type.ElementType!);
                foreach (var (key, value) in map)
                {
                    if (value is not null)
                    {
                        CheckValue(value, values, null, $"{field}.{key}", errors);
                    }
                }

                return;
            case JsonTypeInfoKind.Dictionary:
                errors.TryAdd(field, ["Must be a JSON object."]);
                return;
        }

        if (Scalar(node, valueType) is { } problem)
        {
            errors.TryAdd(field, [problem]);
            return;
        }

        if (Limit(node, limits) is { } broken)
        {
            errors.TryAdd(field, [broken]);
        }
    }

    private static void CheckArray(JsonArray array, JsonTypeInfo type, ValidationAttribute[] limits, string field, Dictionary<string, string[]> errors)
    {
        foreach (var limit in limits)
        {
            var message = limit switch
            {
                MaxLengthAttribute max when array.Count > max.Length => $"At most {max.Length} items.",
                MinLengthAttribute min when array.Count < min.Length => $"At least {min.Length} items.",
                _ => null,
            };
            if (message is not null)
            {
                errors.TryAdd(field, [message]);
                return;
            }
        }

        var items = type.Options.GetTypeInfo(type.ElementType!);
        for (var i = 0; i < array.Count; i++)
        {
            var item = Trimmed(array[i], items.Type);
            if (item != array[i])
            {
                array[i] = item;
            }

            if (item is null)
            {
                errors.TryAdd($"{field}[{i}]", ["Required."]);
                continue;
            }

            CheckValue(item, items, null, $"{field}[{i}]", errors);
        }
    }

    private static string? Scalar(JsonNode node, Type type)
    {
        var kind = node.GetValueKind();
        if (type == typeof(string))
        {
            return kind == JsonValueKind.String ? null : "Must be a string.";
        }

        if (type == typeof(bool))
        {
            return kind is JsonValueKind.True or JsonValueKind.False ? null : "Must be true or false.";
        }

        if (type == typeof(int))
        {
            return kind == JsonValueKind.Number && node.AsValue().TryGetValue(out int _) ? null : "Must be a whole number.";
        }

        if (type == typeof(double))
        {
            return kind == JsonValueKind.Number ? null : "Must be a number.";
        }

        if (kind != JsonValueKind.String)
        {
            return "Must be a string.";
        }

        var text = node.GetValue<string>();
        if (type == typeof(Guid))
        {
            return Guid.TryParse(text, out var id) && id != Guid.Empty
                ? null
                : "Must be a UUID generated by the client, e.g. 3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b.";
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "Must be a date like 2026-03-15.";
        }

        if (type.IsEnum)
        {
            return Enum.GetNames(type).Contains(text, StringComparer.Ordinal) ? null : $"Must be one of: {string.Join(", ", Enum.GetNames(type))}.";
        }

        throw new InvalidOperationException($"A request record may not hold a {type}: bind it as a string and read it in the feature.");
    }

    private static string? Limit(JsonNode node, ValidationAttribute[] limits)
    {
        var value = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
        foreach (var limit in limits)
        {
            var message = limit switch
            {
                MaxLengthAttribute max when value?.Length > max.Length => $"At most {max.Length} characters.",
                MinLengthAttribute min when value?.Length < min.Length => $"At least {min.Length} characters.",
                RegularExpressionAttribute pattern when value is not null && !Patterns.GetOrAdd(pattern.Pattern, p => new Regex($"^(?:{p})$", RegexOptions.CultureInvariant)).IsMatch(value) =>
                    pattern.ErrorMessage ?? $"Must match {pattern.Pattern}.",
                AllowedValuesAttribute allowed when !allowed.Values.Any(v => Equals(v?.ToString(), value)) =>
                    $"Must be one of: {string.Join(", ", allowed.Values)}.",
                RangeAttribute range when node.GetValueKind() == JsonValueKind.Number && !range.IsValid(double.Parse(node.ToJsonString(), CultureInfo.InvariantCulture)) =>
                    $"Must be a whole number from {range.Minimum} to {range.Maximum}.",
                _ => null,
            };
            if (message is not null)
            {
                return message;
            }
        }

        return null;
    }

    // A string value trimmed (the same node when nothing changes), null when blank; other values as they are.
    private static JsonNode? Trimmed(JsonNode? node, Type type)
    {
        if (type != typeof(string) || node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return node;
        }

        var text = value.GetValue<string>();
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed.Length == text.Length ? node : JsonValue.Create(trimmed);
    }

    private static bool IsNullable(JsonPropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null || (!property.PropertyType.IsValueType && property.IsSetNullable);
}
