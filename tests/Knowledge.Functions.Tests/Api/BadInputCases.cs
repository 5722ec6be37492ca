using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Knowledge.Tests.Api;

/// <summary>
/// Bad requests for every operation of the API description, derived from its parameters and request body schemas, so that a
/// new endpoint is covered as soon as it is described. Each case changes one thing in a request of <see cref="ApiSamples"/>.
/// </summary>
internal sealed class BadInputCases(OpenApiDocument document, ApiSamples samples)
{
    private const string UnknownField = "unexpectedField";
    private const string MonthPattern = @"^\d{4}-\d{2}$";

    /// <summary>Stands in a sample body for bytes spliced in after it is encoded.</summary>
    private const string Marker = "@@bytes@@";

    /// <summary>
    /// Bytes that are not UTF-8: an overlong encoding of '/', a surrogate encoded as UTF-8, a sequence cut short, a
    /// Latin-1 'é' and a byte UTF-8 never uses.
    /// </summary>
    private static readonly (string Name, byte[] Bytes)[] NotUtf8 =
    [
        ("overlong C0 AF", [0xC0, 0xAF]),
        ("surrogate ED A0 80", [0xED, 0xA0, 0x80]),
        ("truncated E2 82", [0xE2, 0x82]),
        ("Latin-1 E9", [0xE9]),
        ("FF", [0xFF]),
    ];

    /// <summary>The same bytes as they appear in an address: "%C0%AF".</summary>
    private static readonly string[] NotUtf8Escaped = [.. NotUtf8.Select(n => string.Concat(n.Bytes.Select(b => $"%{b:X2}")))];

    /// <summary>
    /// Path values, as they appear in the address: not an id, blank, too long, traversal, control characters, markup,
    /// bytes that are not UTF-8. Not %00: Kestrel answers a NUL in the path 400 before any function runs, and the test
    /// server refuses to send one.
    /// </summary>
    private static readonly string[] BadPathValues =
    [
        "not-a-uuid",
        "%20",
        new string('a', 500),
        "..%2F..%2Fetc%2Fpasswd",
        "%01",
        "a%0Ab",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        .. NotUtf8Escaped,
    ];

    /// <summary>ETags no record has: not an ETag at all, a quoted one, and one in the storage's own form.</summary>
    private static readonly string[] BadEntityTags = ["garbage", "\"stale\"", "W/\"datetime'2000-01-01T00%3A00%3A00.0000000Z'\""];

    // Well-formed values of these parameters, not bad input: "not-a-uuid" is a possible sign-in name.
    private static readonly HashSet<(string Parameter, string Value)> WellFormed = [("user", "not-a-uuid")];

    private static readonly Lazy<string> TenMegabytes = new(() => $$"""{"text": "{{new string('x', 10 * 1024 * 1024)}}"}""");

    public IEnumerable<BadInputCase> All() =>
        from op in document.Operations()
        from @case in For(op.Path, op.Method, op.Operation)
        select @case;

    public IEnumerable<BadInputCase> For(string path, string method, JsonObject operation)
    {
        var name = $"{method.ToUpperInvariant()} {path}";
        var parameters = Parameters(operation);
        var body = RequestBody(operation);
        var caller = ApiSamples.Caller(operation);

        BadInputCase Case(string description, string url, Func<HttpContent>? content, BadInputOutcome outcome, string? field = null) =>
            new(name, description, method.ToUpperInvariant(), url, caller, content, outcome, field);

        var url = Url(path, parameters, replace: null);
        Func<HttpContent>? validContent = body is null ? null : Content(samples.ValidBody(method, path), body.Value.MediaType);

        foreach (var parameter in parameters.Where(p => p["in"]!.GetValue<string>() == "path"))
        {
            var parameterName = parameter["name"]!.GetValue<string>();
            foreach (var value in BadPathValues.Where(v => !WellFormed.Contains((parameterName, v))))
            {
                yield return Case($"{{{parameterName}}} = {Shorten(value)}", Url(path, parameters, (parameterName, value)), validContent, BadInputOutcome.NotFoundOrInvalid);
            }
        }

        foreach (var parameter in parameters.Where(p => p["in"]!.GetValue<string>() == "query"))
        {
            var parameterName = parameter["name"]!.GetValue<string>();
            foreach (var value in BadQueryValues(document.Resolve(parameter["schema"]!).AsObject()))
            {
                yield return Case($"?{parameterName}={value}", Url(path, parameters, (parameterName, Uri.EscapeDataString(value))), validContent, BadInputOutcome.FieldError, parameterName);
            }

            foreach (var escaped in NotUtf8Escaped)
            {
                yield return Case($"?{parameterName}={escaped}", Url(path, parameters, (parameterName, escaped)), validContent, BadInputOutcome.FieldError, parameterName);
            }
        }

        if (parameters.Any(p => p["in"]!.GetValue<string>() == "header" && p["name"]!.GetValue<string>() == "If-Match"))
        {
            foreach (var etag in BadEntityTags)
            {
                yield return Case($"If-Match: {etag}", url, validContent, BadInputOutcome.Stale) with { Headers = [("If-Match", etag)] };
            }
        }

        if (body is not { } request)
        {
            yield break;
        }

        if (request.MediaType != "application/json")
        {
            yield return Case("empty body", url, () => Raw("", request.MediaType), BadInputOutcome.FieldError, "body");
            yield return Case("malformed", url, () => Raw("<CodeBook", request.MediaType), BadInputOutcome.FieldError, "body");
            yield return Case("JSON instead", url, () => Raw("{}", request.MediaType), BadInputOutcome.FieldError, "body");
            yield return Case("10 MB body", url, () => Raw(TenMegabytes.Value, request.MediaType), BadInputOutcome.TooLarge);
            var xml = samples.ValidBody(method, path).GetValue<string>();
            foreach (var (bad, bytes) in NotUtf8)
            {
                yield return Case($"{bad} in a name", url, () => Bytes(Splice(Encoding.UTF8.GetBytes(xml.Replace("name=\"", "name=\"" + Marker, StringComparison.Ordinal)), bytes), request.MediaType), BadInputOutcome.FieldError, "body");
            }

            yield return Case("declared and sent as ISO-8859-1", url, () => Bytes(Encoding.Latin1.GetBytes(xml.Replace("utf-8", "ISO-8859-1", StringComparison.Ordinal).Replace("Nytt", "Nytt é", StringComparison.Ordinal)), request.MediaType), BadInputOutcome.FieldError, "body");
            foreach (var (description, bytes) in OtherThanUtf8(xml))
            {
                yield return Case(description, url, () => Bytes(bytes, request.MediaType), BadInputOutcome.FieldError, "body");
            }

            foreach (var mediaType in WrongMediaTypes(request.MediaType))
            {
                yield return Case(mediaType is null ? "without a Content-Type" : $"as {mediaType}", url, () => Bytes(Encoding.UTF8.GetBytes(xml), mediaType), BadInputOutcome.UnsupportedMediaType);
            }

            yield break;
        }

        foreach (var text in new[] { "", """{"a":""", "[]", "\"text\"", "42", "null", "{\"a\": 1} trailing" })
        {
            yield return Case(text.Length == 0 ? "empty body" : $"body {text}", url, () => Raw(text, request.MediaType), BadInputOutcome.FieldError, "body");
        }

        yield return Case("10 MB body", url, () => Raw(TenMegabytes.Value, request.MediaType), BadInputOutcome.TooLarge);
        foreach (var (bad, bytes) in NotUtf8)
        {
            yield return Case($"{bad} in a string", url, InFirstString(method, path, bytes), BadInputOutcome.FieldError, "body");
        }

        yield return Case("FF in a name", url, () => Bytes([(byte)'{', (byte)'"', 0xFF, .. "\":1,"u8, .. Encoding.UTF8.GetBytes(samples.ValidBody(method, path).ToJsonString())[1..]], request.MediaType), BadInputOutcome.FieldError, "body");
        yield return Case("an escaped lone surrogate \\ud800", url, InFirstString(method, path, "\\ud800"u8.ToArray()), BadInputOutcome.FieldError, "body");
        yield return Case("a field twice", url, () => Raw(Repeated(samples.ValidBody(method, path).AsObject()), request.MediaType), BadInputOutcome.FieldError, "body");
        foreach (var (description, bytes) in OtherThanUtf8(samples.ValidBody(method, path).ToJsonString()))
        {
            yield return Case(description, url, () => Bytes(bytes, request.MediaType), BadInputOutcome.FieldError, "body");
        }

        // Our own bodies must come as UTF-8 JSON (a cross-site form cannot send that type); Static Web Apps' payload is read as it comes.
        var ours = RejectsUnknownFields(request.Schema);
        foreach (var mediaType in WrongMediaTypes(request.MediaType))
        {
            yield return Case(mediaType is null ? "valid JSON without a Content-Type" : $"valid JSON as {mediaType}", url, () => Bytes(Encoding.UTF8.GetBytes(samples.ValidBody(method, path).ToJsonString()), mediaType), ours ? BadInputOutcome.UnsupportedMediaType : BadInputOutcome.Ignored);
        }

        yield return ours
            ? Case($"unknown field {UnknownField}", url, Changed(method, path, b => b[UnknownField] = true), BadInputOutcome.FieldError, UnknownField)
            : Case($"unknown field {UnknownField}", url, Changed(method, path, b => b[UnknownField] = true), BadInputOutcome.Ignored);

        var required = request.Schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (property, schemaNode) in request.Schema["properties"]?.AsObject() ?? [])
        {
            var schema = document.Resolve(schemaNode!).AsObject();
            foreach (var (description, value) in WrongValues(schema))
            {
                yield return Case($"{property} {description}", url, Changed(method, path, b => b[property] = value.DeepClone()), BadInputOutcome.FieldError, property);
            }

            // One level down, as "company.sizeClass": inside an object the sample may leave out, which is then added.
            foreach (var (inner, innerNode) in schema["properties"]?.AsObject() ?? [])
            {
                foreach (var (description, value) in WrongValues(document.Resolve(innerNode!).AsObject()))
                {
                    yield return Case($"{property}.{inner} {description}", url, Changed(method, path, b => InnerObject(b, property)[inner] = value.DeepClone()), BadInputOutcome.FieldError, $"{property}.{inner}");
                }
            }

            if (Type(schema) != "string")
            {
                continue;
            }

            yield return Case($"{property} of 2 MB", url, Changed(method, path, b => b[property] = new string('x', 2 * 1024 * 1024)), BadInputOutcome.TooLarge, property);
            if (required.Contains(property))
            {
                yield return Case($"{property} empty", url, Changed(method, path, b => b[property] = ""), BadInputOutcome.FieldError, property);
                yield return Case($"{property} blank", url, Changed(method, path, b => b[property] = "   "), BadInputOutcome.FieldError, property);
            }
        }
    }

    /// <summary>
    /// Requests to every operation whose line or headers are bad, with the operation's valid body, so that a write would
    /// otherwise store something: an address over 4,096 characters (also past Kestrel's default 8 KiB request line), one
    /// that is not percent-encoded UTF-8, and too many or too large headers (also past Kestrel's defaults, 100 fields
    /// and 32 KiB). The test server has neither Kestrel's limits nor the request line as sent, so these want a real one.
    /// </summary>
    public IEnumerable<BadInputCase> Head() =>
        from op in document.Operations()
        from @case in HeadFor(op.Path, op.Method, op.Operation)
        select @case;

    private IEnumerable<BadInputCase> HeadFor(string path, string method, JsonObject operation)
    {
        var parameters = Parameters(operation);
        var body = RequestBody(operation);
        BadInputCase Case(string description, string url, BadInputOutcome outcome, string? field = null) =>
            new($"{method.ToUpperInvariant()} {path}", description, method.ToUpperInvariant(), url, ApiSamples.Caller(operation), body is null ? null : Content(samples.ValidBody(method, path), body.Value.MediaType), outcome, field);

        var url = Url(path, parameters, replace: null);
        var next = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        // HttpClient's Uri takes at most about 65,000 characters.
        foreach (var length in new[] { 5_000, 60_000 })
        {
            yield return Case($"a query of {length} characters", $"{url}{next}pad={new string('x', length)}", BadInputOutcome.UriTooLong);
        }

        foreach (var escaped in NotUtf8Escaped)
        {
            yield return Case($"?pad={escaped}", $"{url}{next}pad={escaped}", BadInputOutcome.FieldError, "pad");
        }

        foreach (var name in parameters.Where(p => p["in"]!.GetValue<string>() == "path").Select(p => p["name"]!.GetValue<string>()))
        {
            yield return Case($"{{{name}}} of 5000 characters", Url(path, parameters, (name, new string('a', 5_000))), BadInputOutcome.UriTooLong);
            foreach (var escaped in NotUtf8Escaped)
            {
                yield return Case($"{{{name}}} = {escaped}", Url(path, parameters, (name, escaped)), BadInputOutcome.FieldError, "path");
            }
        }

        foreach (var count in new[] { 150, 500 })
        {
            yield return Case($"{count} header fields", url, BadInputOutcome.HeadersTooLarge) with { Headers = [.. Enumerable.Range(1, count).Select(i => ($"x-pad-{i}", "x"))] };
        }

        yield return Case("a header field of 40 KiB", url, BadInputOutcome.HeadersTooLarge) with { Headers = [("x-pad", new string('x', 40 * 1024))] };
    }

    public static bool RejectsUnknownFields(JsonObject schema) =>
        schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>();

    /// <summary>Values of the wrong JSON type for the schema, and well-typed values its format, pattern or enum rules out.</summary>
    private static IEnumerable<(string Description, JsonNode Value)> WrongValues(JsonObject schema)
    {
        switch (Type(schema))
        {
            case "string":
                yield return ("as a number", 42);
                yield return ("as an object", new JsonObject());
                if (schema["format"]?.GetValue<string>() is "uuid")
                {
                    yield return ("not a uuid", "not-a-uuid");
                }

                if (schema["format"]?.GetValue<string>() is "date")
                {
                    yield return ("not a date", "2026-13-45");
                }

                if (schema["enum"] is not null || schema["pattern"] is not null)
                {
                    yield return ("outside its values", "<script>alert(1)</script>");
                }

                break;
            case "integer" or "number":
                yield return ("as a string", "1");
                yield return ("as a fraction", 1.5);
                break;
            case "array":
                yield return ("as a string", "text");
                yield return ("as an object", new JsonObject());
                if (schema["items"] is JsonObject { } items && Type(items) == "string")
                {
                    yield return ("with a number item", new JsonArray(42));
                }

                break;
            case "object":
                yield return ("as a string", "text");
                yield return ("as an array", new JsonArray());
                break;
            case "boolean":
                yield return ("as a string", "true");
                break;
        }
    }

    private static IEnumerable<string> BadQueryValues(JsonObject schema)
    {
        if (schema["enum"] is not null || schema["pattern"] is not null)
        {
            yield return "<script>";
            yield return "nope";
        }

        // Months the pattern admits but the calendar or the service does not.
        if (schema["pattern"]?.GetValue<string>() == MonthPattern)
        {
            yield return "2026-13";
            yield return "0001-01";
            yield return "9999-12";
        }

        if (Type(schema) == "integer")
        {
            yield return "abc";
            yield return "99999999999";
            if (schema["minimum"] is JsonValue minimum)
            {
                yield return (minimum.GetValue<int>() - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static JsonObject InnerObject(JsonObject body, string property)
    {
        if (body[property] is not JsonObject inner)
        {
            body[property] = inner = [];
        }

        return inner;
    }

    /// <summary>The operation's address with the sample path values and required query values.</summary>
    public string SampleUrl(string path, JsonObject operation) => Url(path, Parameters(operation), replace: null);

    /// <summary>The sample body of an operation that takes one.</summary>
    public HttpContent SampleContent(string path, string method, JsonObject operation) =>
        Content(samples.ValidBody(method, path), RequestBody(operation)!.Value.MediaType)();

    /// <summary>The sample body as UTF-8 with the bytes at the end of its first string value, where a reader decodes them.</summary>
    private Func<HttpContent> InFirstString(string method, string path, byte[] bytes) => () =>
    {
        var body = samples.ValidBody(method, path);
        var first = FirstString(body)!;
        first.ReplaceWith(first.GetValue<string>() + Marker);
        return Bytes(Splice(Encoding.UTF8.GetBytes(body.ToJsonString()), bytes), "application/json");
    };

    private static JsonValue? FirstString(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Select(p => FirstString(p.Value)).FirstOrDefault(v => v is not null),
        JsonArray array => array.Select(FirstString).FirstOrDefault(v => v is not null),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value,
        _ => null,
    };

    /// <summary>The UTF-8 text with the bytes in place of <see cref="Marker"/>.</summary>
    private static byte[] Splice(byte[] utf8, byte[] bytes)
    {
        var at = utf8.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Marker));
        return [.. utf8[..at], .. bytes, .. utf8[(at + Marker.Length)..]];
    }

    /// <summary>The body with its first field given twice, which parsers settle differently.</summary>
    private static string Repeated(JsonObject body)
    {
        var (name, value) = body.First();
        return $"{{{JsonValue.Create(name).ToJsonString()}:{value?.ToJsonString() ?? "null"},{body.ToJsonString()[1..]}";
    }

    /// <summary>The text in encodings other than UTF-8, and a byte order mark that leads into garbage.</summary>
    private static IEnumerable<(string Description, byte[] Bytes)> OtherThanUtf8(string text)
    {
        yield return ("UTF-16 with a byte order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        yield return ("UTF-16 without one", Encoding.BigEndianUnicode.GetBytes(text));
        yield return ("a byte order mark, then garbage", [0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0x00]);
    }

    /// <summary>Content types a body of <paramref name="mediaType"/> must not come with: another type, another charset, garbage, none.</summary>
    private static string?[] WrongMediaTypes(string mediaType) => ["text/plain", $"{mediaType}; charset=iso-8859-1", ";;;", null];

    private Func<HttpContent> Changed(string method, string path, Action<JsonObject> change) => () =>
    {
        var body = samples.ValidBody(method, path).AsObject();
        change(body);
        return Raw(body.ToJsonString(), "application/json");
    };

    private static Func<HttpContent> Content(JsonNode body, string mediaType) =>
        () => Raw(body is JsonValue text && mediaType != "application/json" ? text.GetValue<string>() : body.ToJsonString(), mediaType);

    private static StringContent Raw(string text, string mediaType) => new(text, Encoding.UTF8, mediaType);

    /// <summary>A body of exactly these bytes, with the Content-Type as given, even one that does not parse, or none.</summary>
    private static ByteArrayContent Bytes(byte[] body, string? mediaType)
    {
        var content = new ByteArrayContent(body);
        if (mediaType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        }

        return content;
    }

    private (JsonObject Schema, string MediaType)? RequestBody(JsonObject operation)
    {
        if (operation["requestBody"]?["content"] is not JsonObject content)
        {
            return null;
        }

        var (mediaType, media) = content.First();
        return (document.Resolve(media!["schema"]!).AsObject(), mediaType);
    }

    private JsonObject[] Parameters(JsonObject operation) =>
        [.. (operation["parameters"]?.AsArray() ?? []).Select(p => document.Resolve(p!).AsObject())];

    /// <summary>The operation's address with sample values, required query values, and one value replaced.</summary>
    private string Url(string path, JsonObject[] parameters, (string Name, string Value)? replace)
    {
        var url = new StringBuilder(path);
        var query = new List<string>();
        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var replaced = replace is { } r && r.Name == name ? r.Value : null;
            switch (parameter["in"]!.GetValue<string>())
            {
                case "path":
                    url.Replace($"{{{name}}}", replaced ?? Uri.EscapeDataString(samples.PathValue(path, name)));
                    break;
                case "query" when replaced is not null:
                    query.Add($"{name}={replaced}");
                    break;
                case "query" when parameter["required"]?.GetValue<bool>() == true:
                    query.Add($"{name}={Uri.EscapeDataString(ApiSamples.QueryValue(path, name))}");
                    break;
            }
        }

        return query.Count == 0 ? url.ToString() : $"{url}?{string.Join('&', query)}";
    }

    /// <summary>The schema's JSON type; for a nullable one (["string", "null"]) the type besides null.</summary>
    private static string? Type(JsonObject schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        { } type => type.GetValue<string>(),
        null => null,
    };

    private static string Shorten(string value) => value.Length > 40 ? $"{value[..10]}… ({value.Length} characters)" : value;
}
