using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Shared.Http;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Api;

/// <summary>The generated description lists exactly the HTTP functions, is well formed, and matches what the endpoints answer.</summary>
[Collection(StorageCollection.Name)]
public sealed class OpenApiTests(TestEnvironment env)
{
    private static readonly string[] KnownRoles = ["anonymous", .. Roles.Service];

    private readonly OpenApiDocument _document = OpenApiDocument.Load();

    [Fact]
    public void Every_http_function_in_functions_metadata_is_described_and_nothing_else_is()
    {
        var functions = FunctionsMetadata.HttpFunctions().Select(f => f.Key).Order().ToList();

        var described = _document.Operations().Select(o => HttpFunction.Normalize(o.Method, o.Path)).Order().ToList();

        Assert.NotEmpty(functions);
        Assert.Equal(functions, described);
    }

    [Fact]
    public void Each_operation_is_named_after_its_function()
    {
        var functions = FunctionsMetadata.HttpFunctions().ToDictionary(f => f.Key, f => f.Name);

        var mismatches = _document.Operations()
            .Where(o => functions.GetValueOrDefault(HttpFunction.Normalize(o.Method, o.Path)) != o.Operation["operationId"]?.GetValue<string>())
            .Select(o => $"{o.Method} {o.Path}: {o.Operation["operationId"]}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_description_has_the_required_openapi_fields()
    {
        var root = _document.Root;

        Assert.StartsWith("3.1.", root["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root["info"]?["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(root["info"]?["version"]?.GetValue<string>()));
        Assert.Equal(ClientPrincipalHeader.Name, root["components"]!["securitySchemes"]!["clientPrincipal"]!["name"]!.GetValue<string>());
        Assert.NotNull(root["components"]!["schemas"]!["ProblemDetails"]);
        Assert.NotNull(root["components"]!["schemas"]!["ValidationProblemDetails"]);
        Assert.All(root["paths"]!.AsObject(), p => Assert.StartsWith("/api/", p.Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_operation_has_an_id_a_tag_roles_and_responses_with_problems_as_problem_json()
    {
        var faults = new List<string>();
        var ids = new HashSet<string>();
        foreach (var (path, method, operation) in _document.Operations())
        {
            var name = $"{method} {path}";
            if (operation["operationId"]?.GetValue<string>() is not { } id || !ids.Add(id))
            {
                faults.Add($"{name}: missing or repeated operationId");
            }

            if (operation["tags"] is not JsonArray { Count: > 0 })
            {
                faults.Add($"{name}: no tag");
            }

            var roles = operation["x-roles"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
            if (roles.Count == 0 || roles.Except(KnownRoles).Any())
            {
                faults.Add($"{name}: x-roles must name roles from {string.Join(", ", KnownRoles)}");
            }

            var responses = operation["responses"]?.AsObject() ?? [];
            if (!responses.Any(r => r.Key.StartsWith('2')))
            {
                faults.Add($"{name}: no success response");
            }

            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                if (_document.TryResolve(response!)?["content"]?["application/problem+json"] is null)
                {
                    faults.Add($"{name}: {status} is not application/problem+json");
                }
            }

            if (!roles.SequenceEqual(["anonymous"]) && !responses.ContainsKey("401"))
            {
                faults.Add($"{name}: a protected operation documents 401");
            }

            foreach (var parameter in FunctionsMetadata.RouteParameter().Matches(path).Select(m => m.Value.Trim('{', '}')))
            {
                var declared = operation["parameters"]?.AsArray().Select(p => _document.TryResolve(p!)).Any(p => p?["in"]?.GetValue<string>() == "path" && p["name"]?.GetValue<string>() == parameter);
                if (declared != true)
                {
                    faults.Add($"{name}: path parameter {parameter} is not declared");
                }
            }
        }

        Assert.Empty(faults);
    }

    [Fact]
    public void Each_operation_lists_in_x_roles_exactly_the_roles_its_function_declares()
    {
        var declared = RoleGate.DeclaredIn(typeof(RoleGate).Assembly);

        var mismatches = _document.Operations()
            .Select(o => (Id: o.Operation["operationId"]!.GetValue<string>(), Listed: o.Operation["x-roles"]?.AsArray().Select(r => r!.GetValue<string>()).Order().ToList() ?? []))
            .Where(o => !declared.TryGetValue(o.Id, out var access) || !access.Roles.Order().SequenceEqual(o.Listed))
            .Select(o => $"{o.Id}: x-roles [{string.Join(", ", o.Listed)}], declared [{string.Join(", ", declared.GetValueOrDefault(o.Id)?.Roles ?? [])}]")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Every_operation_documents_the_400_414_and_431_that_the_request_head_check_answers_before_it_runs()
    {
        var missing = from op in _document.Operations()
                      from status in new[] { "400", "414", "431" }
                      where op.Operation["responses"]?[status] is null
                      select $"{op.Method} {op.Path}: {status}";

        Assert.Empty(missing);
    }

    [Fact]
    public void Microsoft_OpenApi_reads_the_description_as_openapi_3_1_without_errors_warnings_or_rule_violations()
    {
        var (read, diagnostic) = global::Microsoft.OpenApi.OpenApiDocument.Parse(_document.Root.ToJsonString(), "json");

        Assert.Empty(diagnostic?.Errors.Select(e => e.ToString()) ?? []);
        Assert.Empty(diagnostic?.Warnings.Select(e => e.ToString()) ?? []);
        Assert.Equal(global::Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1, diagnostic?.SpecificationVersion);
        Assert.NotNull(read);
        Assert.Equal(_document.Operations().Count(), read.Paths.Sum(p => p.Value.Operations?.Count ?? 0));
        Assert.Empty(global::Microsoft.OpenApi.OpenApiElementExtensions.Validate(read, global::Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet())?.Select(e => e.ToString()) ?? []);
    }

    [Fact]
    public void Every_ref_resolves()
    {
        var unresolved = Refs(_document.Root).Where(r => _document.TryResolve(r) is null).Select(r => r.ToJsonString()).ToList();

        Assert.NotEmpty(Refs(_document.Root));
        Assert.Empty(unresolved);
    }

    [Fact]
    public async Task The_description_is_served_anonymously_as_generated()
    {
        var client = await env.ClientAsync();

        var response = await client.GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.DeepEquals(_document.Root, JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task Health_reports_the_search_index_built_and_the_tagger_in_use_and_matches_its_schema()
    {
        var client = await env.ClientAsync();

        var body = (await client.GetFromJsonAsync<JsonNode>("/api/health"))!;

        AssertMatches(body, _document.ResponseSchema("get", "/api/health", 200, "application/json"));
        Assert.True(body["searchIndex"]!["ready"]!.GetValue<bool>());
        Assert.True(body["searchIndex"]!["catalogueVersion"]!.GetValue<long>() >= 1);
        Assert.StartsWith("knowledge-default/", body["tagger"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_codebook_matches_its_schema()
    {
        var client = await env.ClientAsync();

        var body = await client.GetFromJsonAsync<JsonNode>("/api/codebook");

        AssertMatches(body, _document.ResponseSchema("get", "/api/codebook", 200, "application/json"));
    }

    [Fact]
    public async Task The_counties_match_their_schema()
    {
        var client = await env.ClientAsync();

        var body = await client.GetFromJsonAsync<JsonArray>("/api/counties");

        Assert.Equal(21, body!.Count);
        AssertMatches(body, _document.ResponseSchema("get", "/api/counties", 200, "application/json"));
    }

    [Fact]
    public async Task A_rejected_survey_answer_matches_the_validation_problem_schema()
    {
        var office = await env.ClientAsync(Principals.Office("2580"));

        var response = await office.SubmitAsync(SurveyAnswers.Valid("2580", change: d => d["sizeClass"] = "enorm"));

        await response.AssertFieldErrorsAsync("data.sizeClass");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        AssertMatches(body, _document.ResponseSchema("post", "/api/surveys/{id}/responses", 400, "application/problem+json"));
    }

    [Fact]
    public async Task A_denied_call_matches_the_problem_schema()
    {
        var region = await env.ClientAsync(Principals.Region("24"));

        var response = await region.GetAsync("/api/needs?county=25");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        AssertMatches(JsonNode.Parse(await response.Content.ReadAsStringAsync()), _document.ResponseSchema("get", "/api/needs", 403, "application/problem+json"));
    }

    [Theory]
    [InlineData("/api/examples")]
    [InlineData("/api/examples?q=facebook&lang=en")]
    public async Task An_example_search_matches_its_schema(string url)
    {
        var office = await env.ClientAsync(Principals.Office("2580"));

        var body = await office.GetFromJsonAsync<JsonNode>(url);

        Assert.NotEmpty(body!["results"]!.AsArray());
        AssertMatches(body, _document.ResponseSchema("get", "/api/examples", 200, "application/json"));
    }

    [Fact]
    public void The_schema_checker_names_the_path_and_the_rule_broken_by_a_wrong_type_a_value_outside_the_enum_a_missing_field_and_a_format()
    {
        var checker = new SchemaChecker(_document);
        var hit = JsonNode.Parse("""{"slug": "x", "title": 1, "summary": "", "snippet": "", "score": 1.5, "kind": "k", "challenges": [], "status": "gone"}""");

        var errors = checker.Check(hit, JsonNode.Parse("""{"$ref": "#/components/schemas/ExampleHitView"}""")!);
        var missing = checker.Check(JsonNode.Parse("""[{"code": "25"}]"""), JsonNode.Parse("""{"type": "array", "items": {"$ref": "#/components/schemas/County"}}""")!);
        var notUuid = checker.Check(JsonValue.Create("not-a-uuid"), JsonNode.Parse("""{"type": "string", "format": "uuid"}""")!);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("$.title: type:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.status: enum:", StringComparison.Ordinal));
        Assert.Contains(missing, e => e.StartsWith("$[0]: required:", StringComparison.Ordinal) && e.Contains("\"name\"", StringComparison.Ordinal));
        Assert.Equal("$: format:", Assert.Single(notUuid)[..10]);
    }

    private void AssertMatches(JsonNode? body, JsonNode schema)
    {
        var errors = new SchemaChecker(_document).Check(body, schema);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static IEnumerable<JsonNode> Refs(JsonNode? node) => node switch
    {
        JsonObject obj when obj.ContainsKey("$ref") => [obj],
        JsonObject obj => obj.SelectMany(p => Refs(p.Value)),
        JsonArray array => array.SelectMany(Refs),
        _ => [],
    };
}
