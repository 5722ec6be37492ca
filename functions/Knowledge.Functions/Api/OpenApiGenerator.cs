using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Knowledge.Shared.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Api;

/// <summary>
/// The OpenAPI 3.0 description, generated from the declarations of the HTTP functions: route and methods from
/// <c>[HttpTrigger]</c>, operation id from <c>[Function]</c>, roles from <c>[AllowedRoles]</c>/<c>[Anonymous]</c> (as
/// <c>x-roles</c>, in the description and as 401/403), and the rest from <see cref="OperationAttribute"/>,
/// <see cref="ParameterAttribute"/>, <see cref="IfMatchAttribute"/>, <see cref="AcceptsAttribute"/>,
/// <see cref="ReturnsAttribute"/> and <see cref="FailsAttribute"/>; schemas come from the body and answer types.
/// </summary>
internal static partial class OpenApiGenerator
{
    private const string Problem = "application/problem+json";

    /// <summary>The shared problem answers, by status; every 4xx and 5xx an operation documents is one of them.</summary>
    private static readonly Dictionary<int, (string Name, string Description, string Schema)> Problems = new()
    {
        [400] = ("ValidationProblem", "Invalid input; `errors` names each field.", "ValidationProblemDetails"),
        [401] = ("Unauthorized", "No principal, or a malformed one: sign in.", "ProblemDetails"),
        [403] = ("Forbidden", "Signed in, but without one of the roles, or outside the caller's municipalities or counties.", "ProblemDetails"),
        [404] = ("NotFound", "Not found (or not the caller's to know).", "ProblemDetails"),
        [409] = ("Conflict", "The id is taken by other content, or the resource is not in a state that allows this.", "ProblemDetails"),
        [410] = ("Gone", "The answer was withdrawn; it no longer counts.", "ProblemDetails"),
        [412] = ("PreconditionFailed", "If-Match is stale: read again.", "ProblemDetails"),
        [413] = ("TooLarge", "The body is too large (256 KiB; 64 KiB for access).", "ProblemDetails"),
        [414] = ("UriTooLong", "The path and query are longer than 4,096 characters. Checked before the operation runs, like 431 and a 400 for an address that is not percent-encoded UTF-8.", "ProblemDetails"),
        [415] = ("UnsupportedMediaType", "The body was not sent as UTF-8 with the operation's media type (`application/json`, or `application/xml` for a codebook).", "ProblemDetails"),
        [431] = ("HeadersTooLarge", "More than 100 header fields, or more than 32 KiB of them together. Checked before the operation runs.", "ProblemDetails"),
        [500] = ("ServerError", "Unexpected error; the problem carries the invocation id, no stack trace.", "ProblemDetails"),
        [503] = ("Unavailable", "Not ready yet, or table storage did not answer (unreachable, timing out or failing): wait the `Retry-After` seconds and send the same request again; with the same id it is stored and counted once.", "ProblemDetails"),
    };

    /// <summary>The order the API page shows the features in; a tag not listed follows them.</summary>
    private static readonly string[] TagOrder =
        ["Health", "Reference", "Surveys", "Survey authoring", "Notes", "Tagging", "Needs", "Examples", "Establishments", "Reports", "Audit", "Access", "Exports", "Erasures", "API"];

    /// <summary>The description of every HTTP function in the assembly.</summary>
    public static JsonObject Generate(Assembly assembly)
    {
        var schemas = new SchemaGenerator();
        var paths = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (name, method, trigger) in HttpFunctions(assembly))
        {
            var path = "/api/" + trigger.Route;
            var item = paths.TryGetValue(path, out var existing) ? existing : paths[path] = [];
            foreach (var verb in trigger.Methods ?? [])
            {
                item[verb.ToLowerInvariant()] = Operation(name, method, trigger.Route!, schemas);
            }
        }

        // The problem schemas are the shape Shared/Problems writes (RFC 7807, plus the invocation id on a 500).
        var components = schemas.Components();
        components["ProblemDetails"] = JsonNode.Parse(ProblemDetailsSchema);
        components["ValidationProblemDetails"] = JsonNode.Parse(ValidationProblemDetailsSchema);

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "Knowledge API",
                ["version"] = "1.0.0",
                ["description"] = "SME needs in Norrbotten and Västerbotten: surveys, interview notes, needs, good examples, establishments and situation reports. Every 4xx and 5xx is `application/problem+json`; bodies are UTF-8, and before any operation runs, an address over 4,096 characters gets 414, more than 100 header fields or 32 KiB of them 431, and an address that is not percent-encoded UTF-8 a 400 naming the query parameter (or `path`); when table storage is unavailable an operation answers 503 with `Retry-After`, and sending the same request again is safe. Roles come from the `x-ms-client-principal` header that Azure Static Web Apps sets; `x-roles` on each operation lists the roles that pass the role check (`anonymous` means no principal is needed). Generated from the functions' declarations.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The Static Web App (or the standalone host locally)." }),
            ["security"] = new JsonArray(new JsonObject { ["clientPrincipal"] = new JsonArray() }),
            ["tags"] = new JsonArray([.. Tags(paths.Values).Select(t => new JsonObject { ["name"] = t })]),
            ["paths"] = new JsonObject(paths.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["clientPrincipal"] = new JsonObject
                    {
                        ["type"] = "apiKey",
                        ["in"] = "header",
                        ["name"] = ClientPrincipalHeader.Name,
                        ["description"] = "Base64 JSON `{identityProvider, userId, userDetails, userRoles}` set by Static Web Apps' linked backend, which drops any client-sent value. Roles: office, region, staff, admin; scopes municipality-<code> and county-<code>.",
                    },
                },
                ["schemas"] = components,
                ["responses"] = new JsonObject(Problems.Select(p => KeyValuePair.Create(p.Value.Name, (JsonNode?)ProblemResponse(p.Key, p.Value.Description, p.Value.Schema)))),
            },
        };
    }

    private static IEnumerable<string> Tags(IEnumerable<JsonObject> paths)
    {
        var used = paths.SelectMany(p => p.Select(o => o.Value!["tags"]![0]!.GetValue<string>())).ToHashSet(StringComparer.Ordinal);
        return TagOrder.Where(used.Contains).Concat(used.Except(TagOrder).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Name, MethodInfo Method, HttpTriggerAttribute Trigger)> HttpFunctions(Assembly assembly) =>
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(t => t is not null)
        where function is not null && trigger is not null
        orderby function.Name
        select (function.Name, method, trigger);

    private static JsonObject Operation(string name, MethodInfo method, string route, SchemaGenerator schemas)
    {
        var operation = method.GetCustomAttribute<OperationAttribute>()
            ?? throw new InvalidOperationException($"{name} has no [Operation]; give its tag and summary so that the API description can list it.");
        var roles = RoleGate.Declared(method).Roles;
        var anonymous = roles.SequenceEqual([Roles.Anonymous]);
        var rolesText = anonymous ? "Roles: anonymous." : $"Roles: {string.Join(", ", roles.Select(r => $"`{r}`"))}.";

        var result = new JsonObject
        {
            ["operationId"] = name,
            ["tags"] = new JsonArray(operation.Tag),
            ["summary"] = operation.Summary,
            ["description"] = operation.Notes is null ? rolesText : $"{rolesText} {operation.Notes}",
            ["x-roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]),
        };
        if (anonymous)
        {
            result["security"] = new JsonArray();
        }

        var parameters = Parameters(method, route);
        if (parameters.Count > 0)
        {
            result["parameters"] = parameters;
        }

        var body = method.GetCustomAttribute<AcceptsAttribute>();
        if (body is not null)
        {
            result["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Content(body.MediaType, schemas.For(body.Type)) };
            if (body.Description is not null)
            {
                result["requestBody"]!["description"] = body.Description;
            }
        }

        result["responses"] = Responses(name, method, anonymous, body, schemas);
        return result;
    }

    private static JsonArray Parameters(MethodInfo method, string route)
    {
        var inPath = RouteParameter().Matches(route).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var parameters = new JsonArray();
        var sets = method.GetCustomAttributes<ParametersOfAttribute>().SelectMany(set => set.Type.GetCustomAttributes<ParameterAttribute>());
        foreach (var parameter in method.GetCustomAttributes<ParameterAttribute>().Concat(sets))
        {
            var path = inPath.Contains(parameter.Name);
            parameters.Add(new JsonObject
            {
                ["name"] = parameter.Name,
                ["in"] = path ? "path" : "query",
                ["required"] = path || parameter.Required,
                ["description"] = parameter.Description,
                ["schema"] = ParameterSchema(parameter),
            });
        }

        var declared = parameters.Select(p => p!["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        if (inPath.Except(declared).FirstOrDefault() is { } undeclared)
        {
            throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name}: declare the path parameter '{undeclared}' with [Parameter].");
        }

        if (method.GetCustomAttribute<IfMatchAttribute>() is not null)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = "If-Match",
                ["in"] = "header",
                ["required"] = false,
                ["description"] = "The ETag from the last read; 412 when it is stale.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        return parameters;
    }

    private static JsonObject ParameterSchema(ParameterAttribute parameter)
    {
        var schema = new SchemaGenerator().For(parameter.Type);
        if (parameter.Format is not null)
        {
            schema["format"] = parameter.Format;
        }

        if (parameter.Pattern is not null)
        {
            schema["pattern"] = parameter.Pattern;
        }

        if (parameter.Enum is not null)
        {
            schema["enum"] = new JsonArray([.. parameter.Enum.Select(e => JsonValue.Create(e))]);
        }

        if (parameter.Default is not null)
        {
            schema["default"] = parameter.Default;
        }

        if (!double.IsNaN(parameter.Minimum))
        {
            schema["minimum"] = (int)parameter.Minimum;
        }

        if (!double.IsNaN(parameter.Maximum))
        {
            schema["maximum"] = (int)parameter.Maximum;
        }

        return schema;
    }

    private static JsonObject Responses(string name, MethodInfo method, bool anonymous, AcceptsAttribute? body, SchemaGenerator schemas)
    {
        var responses = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var returns in method.GetCustomAttributes<ReturnsAttribute>())
        {
            var key = returns.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var response = responses.TryGetValue(key, out var existing) ? existing : responses[key] = new JsonObject { ["description"] = returns.Description };
            if (returns.Type is not null)
            {
                var content = response["content"] as JsonObject ?? (JsonObject)(response["content"] = new JsonObject());
                content[returns.MediaType] = new JsonObject { ["schema"] = schemas.For(returns.Type) };
            }

            if (returns.Headers != ResponseHeaders.None)
            {
                response["headers"] = Headers(returns.Headers);
            }
        }

        if (!responses.Keys.Any(k => k.StartsWith('2')))
        {
            throw new InvalidOperationException($"{name} declares no success answer; add [Returns].");
        }

        IEnumerable<int> problems = [400, 414, 431, 500, .. method.GetCustomAttribute<FailsAttribute>()?.Statuses ?? []];
        problems = problems.Concat(anonymous ? [] : [401, 403]).Concat(body is null ? [] : body.ChecksMediaType ? [413, 415] : [413]);
        foreach (var status in problems.Distinct())
        {
            var problem = Problems.TryGetValue(status, out var known) ? known : throw new InvalidOperationException($"{name}: no shared problem answer for {status}.");
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject { ["$ref"] = $"#/components/responses/{problem.Name}" };
        }

        return new JsonObject(responses.Select(r => KeyValuePair.Create(r.Key, (JsonNode?)r.Value)));
    }

    private static JsonObject ProblemResponse(int status, string description, string schema)
    {
        var response = new JsonObject { ["description"] = description };
        if (status == 503)
        {
            response["headers"] = new JsonObject
            {
                ["Retry-After"] = new JsonObject { ["description"] = "Seconds to wait before retrying.", ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 } },
            };
        }

        response["content"] = Content(Problem, new JsonObject { ["$ref"] = $"#/components/schemas/{schema}" });
        return response;
    }

    private static JsonObject Headers(ResponseHeaders headers)
    {
        var result = new JsonObject();
        if (headers.HasFlag(ResponseHeaders.Location))
        {
            result["Location"] = Header("Where the created resource is read.");
        }

        if (headers.HasFlag(ResponseHeaders.ETag))
        {
            result["ETag"] = Header("The entity's version, for If-Match.");
        }

        if (headers.HasFlag(ResponseHeaders.ContentDisposition))
        {
            result["Content-Disposition"] = Header("attachment; filename=… (the file name to save under).");
        }

        return result;
    }

    private static JsonObject Header(string description) =>
        new() { ["description"] = description, ["schema"] = new JsonObject { ["type"] = "string" } };

    private static JsonObject Content(string mediaType, JsonObject schema) => new() { [mediaType] = new JsonObject { ["schema"] = schema } };

    private const string ProblemDetailsSchema = """
        {"type": "object", "description": "RFC 7807 / RFC 9457 problem (application/problem+json).", "required": ["title", "status"],
         "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"},
                        "instance": {"type": "string"}, "traceId": {"type": "string"}},
         "additionalProperties": true}
        """;

    private const string ValidationProblemDetailsSchema = """
        {"allOf": [{"$ref": "#/components/schemas/ProblemDetails"},
                   {"type": "object", "required": ["errors"], "properties": {"errors": {"type": "object", "description": "Messages per field (`municipality`, `data.sizeClass`, …).",
                                                                                        "additionalProperties": {"type": "array", "items": {"type": "string"}}}}}]}
        """;

    [GeneratedRegex(@"\{([^}?:]+)")]
    private static partial Regex RouteParameter();
}
