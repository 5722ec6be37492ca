using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Knowledge.Shared.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi;

namespace Knowledge.Api;

/// <summary>
/// The OpenAPI 3.1 description, generated from the declarations of the HTTP functions: route and methods from
/// <c>[HttpTrigger]</c>, operation id from <c>[Function]</c>, roles from <c>[AllowedRoles]</c>/<c>[Anonymous]</c> (as
/// <c>x-roles</c>, in the description and as 401/403), and the rest from <see cref="OperationAttribute"/>,
/// <see cref="ParameterAttribute"/>, <see cref="IfMatchAttribute"/>, <see cref="AcceptsAttribute"/>,
/// <see cref="ReturnsAttribute"/> and <see cref="FailsAttribute"/>; schemas come from the body and answer types
/// (<see cref="SchemaGenerator"/>). It is built in Microsoft.OpenApi's object model, and Microsoft.OpenApi writes it.
/// </summary>
internal static partial class OpenApiGenerator
{
    private const string Problem = "application/problem+json";
    private const string SecurityScheme = "clientPrincipal";

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

    /// <summary>The description of every HTTP function in the assembly, as JSON.</summary>
    public static string Write(Assembly assembly)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Generate(assembly).SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString();
    }

    /// <summary>The description of every HTTP function in the assembly.</summary>
    public static OpenApiDocument Generate(Assembly assembly)
    {
        var schemas = new SchemaGenerator();
        var paths = new SortedDictionary<string, OpenApiPathItem>(StringComparer.Ordinal);
        foreach (var (name, method, trigger) in HttpFunctions(assembly))
        {
            var path = "/api/" + trigger.Route;
            var item = paths.TryGetValue(path, out var existing) ? existing : paths[path] = new OpenApiPathItem { Operations = [] };
            foreach (var verb in trigger.Methods ?? [])
            {
                item.Operations![new HttpMethod(verb.ToUpperInvariant())] = Operation(name, method, trigger.Route!, schemas);
            }
        }

        // The problem schemas are the shape Shared/Problems writes (RFC 7807, plus the invocation id on a 500).
        var components = schemas.Components();
        components["ProblemDetails"] = ProblemDetailsSchema();
        components["ValidationProblemDetails"] = ValidationProblemDetailsSchema();

        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "Knowledge API",
                Version = "1.0.0",
                Description = "SME needs in Norrbotten and Västerbotten: surveys, interview notes, needs, good examples, establishments and situation reports. Every 4xx and 5xx is `application/problem+json`; bodies are UTF-8, and before any operation runs, an address over 4,096 characters gets 414, more than 100 header fields or 32 KiB of them 431, and an address that is not percent-encoded UTF-8 a 400 naming the query parameter (or `path`); when table storage is unavailable an operation answers 503 with `Retry-After`, and sending the same request again is safe. Roles come from the `x-ms-client-principal` header that Azure Static Web Apps sets; `x-roles` on each operation lists the roles that pass the role check (`anonymous` means no principal is needed). Generated from the functions' declarations.",
            },
            Servers = [new OpenApiServer { Url = "/", Description = "The Static Web App (or the standalone host locally)." }],
            Tags = new HashSet<OpenApiTag>(Tags(paths.Values).Select(t => new OpenApiTag { Name = t })),
            Paths = new OpenApiPaths(),
            Components = new OpenApiComponents
            {
                SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [SecurityScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Header,
                        Name = ClientPrincipalHeader.Name,
                        Description = "Base64 JSON `{identityProvider, userId, userDetails, userRoles}` set by Static Web Apps' linked backend, which drops any client-sent value. Roles: office, region, staff, admin; scopes municipality-<code> and county-<code>.",
                    },
                },
                Schemas = components,
                Responses = Problems.ToDictionary(p => p.Value.Name, p => (IOpenApiResponse)ProblemResponse(p.Key, p.Value.Description, p.Value.Schema)),
            },
        };
        foreach (var (path, item) in paths)
        {
            document.Paths.Add(path, item);
        }

        // A requirement names its scheme through the document, which must hold it.
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, document)] = [] }];
        document.SetReferenceHostDocument();
        return document;
    }

    private static IEnumerable<string> Tags(IEnumerable<OpenApiPathItem> paths)
    {
        var used = paths.SelectMany(p => p.Operations!.Values.Select(o => o.Tags!.First().Name!)).ToHashSet(StringComparer.Ordinal);
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

    private static OpenApiOperation Operation(string name, MethodInfo method, string route, SchemaGenerator schemas)
    {
        var operation = method.GetCustomAttribute<OperationAttribute>()
            ?? throw new InvalidOperationException($"{name} has no [Operation]; give its tag and summary so that the API description can list it.");
        var roles = RoleGate.Declared(method).Roles;
        var anonymous = roles.SequenceEqual([Roles.Anonymous]);
        var rolesText = anonymous ? "Roles: anonymous." : $"Roles: {string.Join(", ", roles.Select(r => $"`{r}`"))}.";
        var body = method.GetCustomAttribute<AcceptsAttribute>();
        var parameters = Parameters(method, route);
        return new OpenApiOperation
        {
            OperationId = name,
            Tags = new HashSet<OpenApiTagReference> { new(operation.Tag) },
            Summary = operation.Summary,
            Description = operation.Notes is null ? rolesText : $"{rolesText} {operation.Notes}",
            Extensions = new Dictionary<string, IOpenApiExtension> { ["x-roles"] = new JsonNodeExtension(new JsonArray([.. roles.Select(r => JsonValue.Create(r))])) },
            Security = anonymous ? [] : null,
            Parameters = parameters.Count > 0 ? parameters : null,
            RequestBody = body is null ? null : new OpenApiRequestBody { Required = true, Description = body.Description, Content = Content(body.MediaType, schemas.For(body.Type)) },
            Responses = Responses(name, method, anonymous, body, schemas),
        };
    }

    private static List<IOpenApiParameter> Parameters(MethodInfo method, string route)
    {
        var inPath = RouteParameter().Matches(route).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var sets = method.GetCustomAttributes<ParametersOfAttribute>().SelectMany(set => set.Type.GetCustomAttributes<ParameterAttribute>());
        var parameters = new List<IOpenApiParameter>();
        foreach (var parameter in method.GetCustomAttributes<ParameterAttribute>().Concat(sets))
        {
            var path = inPath.Contains(parameter.Name);
            parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = path ? ParameterLocation.Path : ParameterLocation.Query,
                Required = path || parameter.Required,
                Description = parameter.Description,
                Schema = ParameterSchema(parameter),
            });
        }

        var declared = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (inPath.Except(declared).FirstOrDefault() is { } undeclared)
        {
            throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name}: declare the path parameter '{undeclared}' with [Parameter].");
        }

        if (method.GetCustomAttribute<IfMatchAttribute>() is not null)
        {
            parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Description = "The ETag from the last read; 412 when it is stale.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        return parameters;
    }

    private static IOpenApiSchema ParameterSchema(ParameterAttribute parameter)
    {
        var schema = new SchemaGenerator().For(parameter.Type) as OpenApiSchema
            ?? throw new InvalidOperationException($"The parameter '{parameter.Name}' is a {parameter.Type.Name}; give it a scalar type.");
        schema.Format = parameter.Format ?? schema.Format;
        schema.Pattern = parameter.Pattern;
        schema.Enum = parameter.Enum?.Select(e => (JsonNode)JsonValue.Create(e)).ToList();
        schema.Default = parameter.Default is null ? null : JsonValue.Create(parameter.Default);
        schema.Minimum = double.IsNaN(parameter.Minimum) ? null : SchemaGenerator.Number(parameter.Minimum);
        schema.Maximum = double.IsNaN(parameter.Maximum) ? null : SchemaGenerator.Number(parameter.Maximum);
        return schema;
    }

    private static OpenApiResponses Responses(string name, MethodInfo method, bool anonymous, AcceptsAttribute? body, SchemaGenerator schemas)
    {
        var responses = new SortedDictionary<string, IOpenApiResponse>(StringComparer.Ordinal);
        foreach (var answers in method.GetCustomAttributes<ReturnsAttribute>().GroupBy(r => r.Status))
        {
            var bodies = answers.Where(r => r.Type is not null).ToList();
            var headers = answers.LastOrDefault(r => r.Headers != ResponseHeaders.None)?.Headers;
            responses[answers.Key.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = answers.First().Description,
                Headers = headers is { } some ? Headers(some) : null,
                Content = bodies.Count == 0 ? null : bodies.ToDictionary(r => r.MediaType, r => (IOpenApiMediaType)new OpenApiMediaType { Schema = schemas.For(r.Type!) }, StringComparer.Ordinal),
            };
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
            responses[status.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponseReference(problem.Name);
        }

        var result = new OpenApiResponses();
        foreach (var (status, response) in responses)
        {
            result.Add(status, response);
        }

        return result;
    }

    private static OpenApiResponse ProblemResponse(int status, string description, string schema) => new()
    {
        Description = description,
        Headers = status != 503 ? null : new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" } },
        },
        Content = Content(Problem, new OpenApiSchemaReference(schema)),
    };

    private static Dictionary<string, IOpenApiHeader> Headers(ResponseHeaders headers)
    {
        var result = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
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

    private static OpenApiHeader Header(string description) => new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };

    private static Dictionary<string, IOpenApiMediaType> Content(string mediaType, IOpenApiSchema schema) =>
        new(StringComparer.Ordinal) { [mediaType] = new OpenApiMediaType { Schema = schema } };

    private static OpenApiSchema ProblemDetailsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 7807 / RFC 9457 problem (application/problem+json).",
        Required = new HashSet<string>(["title", "status"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };

    private static OpenApiSchema ValidationProblemDetailsSchema() => new()
    {
        AllOf =
        [
            new OpenApiSchemaReference("ProblemDetails"),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(["errors"], StringComparer.Ordinal),
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["errors"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Description = "Messages per field (`municipality`, `data.sizeClass`, …).",
                        AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                },
            },
        ],
    };

    [GeneratedRegex(@"\{([^}?:]+)")]
    private static partial Regex RouteParameter();
}
