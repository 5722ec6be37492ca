using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Knowledge.Shared.Http;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Api;

/// <summary>
/// Who gets past the role and scope checks of every HTTP endpoint. A row per function route and method; the columns are
/// the callers below. "ok" means neither 401 nor 403 (the call may still fail validation or find nothing), "404" is the
/// answer that hides another office's data, "401" and "403" are the denials. Writes by allowed callers use bodies that
/// fail validation where a valid one would change shared seed data; the matrix asserts only the access outcome.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class AccessMatrixTests(TestEnvironment env)
{
    private const string OwnMunicipality = "2580"; // Luleå, county 25
    private const string OtherMunicipality = "2480"; // Umeå, county 24

    private static readonly (string Name, ClientPrincipal? Principal)[] Callers =
    [
        ("anonymous", null),
        ("office 2580", Principals.Office(OwnMunicipality, "matrix-office")),
        ("office 2480", Principals.Office(OtherMunicipality, "matrix-other-office")),
        ("region 25", Principals.Region("25", "matrix-region")),
        ("region 24", Principals.Region("24", "matrix-other-region")),
        ("staff", Principals.Staff("matrix-staff")),
        ("admin", Principals.Admin("matrix-admin")),
    ];

    //                anonymous, office own, office other, region own, region other, staff, admin
    private static readonly Row[] Rows =
    [
        new("GET", "health", "/api/health", "ok ok ok ok ok ok ok"),
        new("GET", "openapi.json", "/api/openapi.json", "ok ok ok ok ok ok ok"),
        new("GET", "counties", "/api/counties", "ok ok ok ok ok ok ok"),
        new("GET", "municipalities", "/api/municipalities?county=25", "ok ok ok ok ok ok ok"),
        new("GET", "codebook", "/api/codebook", "ok ok ok ok ok ok ok"),
        new("GET", "example-kinds", "/api/example-kinds", "ok ok ok ok ok ok ok"),
        // Signed-in callers may look up only their own roles; this asks for someone else's.
        new("POST", "access/roles", "/api/access/roles", "ok 403 403 403 403 403 403", _ => new JsonObject { ["userDetails"] = "nobody@example.se" }),
        new("POST", "tags/suggest", "/api/tags/suggest", "401 ok ok ok ok ok ok", _ => new JsonObject { ["text"] = "Vi behöver svetsare." }),

        new("GET", "surveys", "/api/surveys", "401 ok ok ok ok ok ok"),
        new("GET", "surveys/{id}", "/api/surveys/sme-needs", "401 ok ok ok ok ok ok"),
        new("POST", "surveys/{id}/responses", "/api/surveys/sme-needs/responses", "401 ok 403 403 403 403 403", _ => SurveyAnswers.Valid(OwnMunicipality)),
        new("GET", "surveys/{id}/responses", "/api/surveys/sme-needs/responses?municipality=2580", "401 ok 403 403 403 403 ok"),
        new("GET", "surveys/{id}/responses/{responseId}", "/api/surveys/sme-needs/responses/{response}", "401 ok 404 403 403 403 ok"),
        // The same body again: a correction that changes nothing, so the answer stays as the other rows expect it.
        new("PUT", "surveys/{id}/responses/{responseId}", "/api/surveys/sme-needs/responses/{response}", "401 ok 403 403 403 403 403", ids => SurveyAnswers.Valid(OwnMunicipality, Guid.Parse(ids.Response))),
        new("DELETE", "surveys/{id}/responses/{responseId}", "/api/surveys/sme-needs/responses/00000000-0000-4000-8000-000000000001", "401 404 404 403 403 403 403"),
        // Another office's answer reads as absent to the reference too.
        new("PUT", "surveys/{id}/responses/{responseId}/reference", "/api/surveys/sme-needs/responses/{response}/reference", "401 ok 404 403 403 403 403", _ => new JsonObject { ["reference"] = "Matrisbolaget" }),
        new("POST", "erasures", "/api/erasures", "401 403 403 403 403 403 ok", _ => new JsonObject()),

        // Authoring on a survey that does not exist, so no draft of the shipped survey is left behind.
        new("POST", "surveys/{id}/versions", "/api/surveys/{unknown}/versions", "401 403 403 403 403 ok ok"),
        new("GET", "surveys/{id}/versions/{version}", "/api/surveys/{unknown}/versions/2", "401 403 403 403 403 ok ok"),
        new("PUT", "surveys/{id}/versions/{version}", "/api/surveys/{unknown}/versions/2", "401 403 403 403 403 ok ok", _ => new JsonObject { ["definition"] = new JsonObject() }),
        new("GET", "surveys/{id}/versions/{version}/changes", "/api/surveys/{unknown}/versions/2/changes", "401 403 403 403 403 ok ok"),
        new("POST", "surveys/{id}/versions/{version}/publish", "/api/surveys/{unknown}/versions/2/publish", "401 403 403 403 403 ok ok"),

        new("POST", "notes", "/api/notes", "401 ok 403 403 403 403 403", _ => Note()),
        new("GET", "notes", "/api/notes?municipality=2580", "401 ok 403 403 403 ok ok"),
        new("GET", "notes/{id}", "/api/notes/{note}", "401 ok 404 403 403 ok ok"),
        new("PUT", "notes/{id}/tags", "/api/notes/{note}/tags", "401 403 403 403 403 ok ok", _ => new JsonObject { ["tags"] = new JsonArray("financing") }),

        new("GET", "needs", "/api/needs?county=25", "401 403 403 ok 403 403 ok"),
        new("GET", "needs/municipalities/{code}", "/api/needs/municipalities/2580", "401 ok 403 ok 403 403 ok"),
        new("GET", "needs/municipalities/{code}/examples", "/api/needs/municipalities/2580/examples", "401 ok 403 ok 403 403 ok"),
        new("POST", "needs/rebuild", "/api/needs/rebuild", "401 403 403 403 403 403 ok"),
        new("GET", "needs/rebuild/{id}", "/api/needs/rebuild/{unknown}", "401 403 403 403 403 403 ok"),

        new("GET", "audit", "/api/audit", "401 403 403 403 403 403 ok"),
        new("GET", "access/bindings", "/api/access/bindings", "401 403 403 403 403 403 ok"),
        new("PUT", "access/bindings/{user}", "/api/access/bindings/{user}", "401 403 403 403 403 403 ok", _ => new JsonObject { ["roles"] = new JsonArray("office", "municipality-2580") }),
        new("DELETE", "access/bindings/{user}", "/api/access/bindings/{user}", "401 403 403 403 403 403 ok"),

        new("GET", "establishments", "/api/establishments?county=25", "401 ok ok ok ok ok ok"),
        new("GET", "establishments/{slug}", "/api/establishments/lkab", "401 ok ok ok ok ok ok"),
        new("POST", "establishments", "/api/establishments", "401 403 403 403 403 ok ok", _ => new JsonObject()),
        new("PUT", "establishments/{slug}", "/api/establishments/lkab", "401 403 403 403 403 ok ok", _ => new JsonObject()),
        new("POST", "establishments/{slug}/events", "/api/establishments/lkab/events", "401 403 403 403 403 ok ok", _ => new JsonObject()),

        new("GET", "examples", "/api/examples?q=facebook", "401 ok ok ok ok ok ok"),
        new("GET", "examples/{slug}", "/api/examples/facebook-lulea", "401 ok ok ok ok ok ok"),
        new("POST", "examples", "/api/examples", "401 403 403 403 403 ok ok", _ => new JsonObject()),
        new("PUT", "examples/{slug}", "/api/examples/facebook-lulea", "401 403 403 403 403 ok ok", _ => new JsonObject()),
        new("DELETE", "examples/{slug}", "/api/examples/{unknown}", "401 403 403 403 403 ok ok"),

        new("GET", "exports/codebook.qdc", "/api/exports/codebook.qdc", "401 403 403 403 403 ok ok"),
        new("POST", "exports/codebook.qdc", "/api/exports/codebook.qdc", "401 403 403 403 403 403 ok"),
        new("GET", "exports/notes.qdpx", "/api/exports/notes.qdpx?municipality=2580", "401 403 403 403 403 ok ok"),
        new("GET", "codebook/proposals", "/api/codebook/proposals", "401 403 403 403 403 403 ok"),
        new("GET", "tags/models", "/api/tags/models", "401 403 403 403 403 403 ok"),
        new("POST", "tags/models/retrain", "/api/tags/models/retrain", "401 403 403 403 403 403 ok"),
        new("GET", "tags/models/retrain/{id}", "/api/tags/models/retrain/{unknown}", "401 403 403 403 403 403 ok"),
        new("POST", "tags/models/{version}/promote", "/api/tags/models/0badc0de/promote", "401 403 403 403 403 403 ok"),
        new("GET", "codebook/proposals/{id}", "/api/codebook/proposals/{unknown}", "401 403 403 403 403 403 ok"),
        new("POST", "codebook/proposals/{id}/accept", "/api/codebook/proposals/{unknown}/accept", "401 403 403 403 403 403 ok"),

        new("GET", "reports/situation", "/api/reports/situation?county=25", "401 403 403 ok 403 403 ok"),
        new("GET", "reports/situation/issued", "/api/reports/situation/issued?county=25", "401 403 403 ok 403 403 ok"),
        new("GET", "reports/situation/issued/{id}", "/api/reports/situation/issued/{unknown}?county=25", "401 403 403 ok 403 403 ok"),
        new("POST", "reports/situation/issued", "/api/reports/situation/issued", "401 403 403 ok 403 403 ok", _ => new JsonObject { ["county"] = "25" }),
    ];

    [Fact]
    public void Every_http_function_in_functions_metadata_has_exactly_one_row()
    {
        var functions = FunctionsMetadata.HttpFunctions().Select(f => $"{f.Method} {f.Route}").Order().ToList();

        var rows = Rows.Select(r => $"{r.Method} {r.Route}").Order().ToList();

        Assert.Equal(functions, rows);
        Assert.All(Rows, r => Assert.Equal(Callers.Length, r.Outcomes.Length));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_matrix_says()
    {
        var ids = await ArrangeAsync();
        var failures = new List<string>();

        foreach (var row in Rows)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                var client = await env.ClientAsync(Callers[i].Principal);
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), ids.Fill(row.Url));
                if (row.Body?.Invoke(ids) is { } body)
                {
                    request.Content = JsonContent.Create(body);
                }

                using var response = await client.SendAsync(request);
                if (!Matches(row.Outcomes[i], response.StatusCode))
                {
                    failures.Add($"{row.Method} {row.Route} as {Callers[i].Name}: expected {row.Outcomes[i]}, got {(int)response.StatusCode}");
                }
                else if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{row.Method} {row.Route} as {Callers[i].Name}: {(int)response.StatusCode} is not problem+json");
                }

                if (row.Route == "needs/rebuild" && response.StatusCode == HttpStatusCode.Accepted)
                {
                    await WaitForRebuildAsync(client, response.Headers.Location!.OriginalString);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("bm90IGpzb24gYXQgYWxs")] // base64 of "not json at all"
    [InlineData("%%% not base64 %%%")]
    [InlineData("eyJ1c2VySWQiOiAiYSJ9")] // {"userId": "a"}: no userRoles
    [InlineData("eyJ1c2VySWQiOiAiYSIsICJ1c2VyUm9sZXMiOiAiYWRtaW4ifQ==")] // userRoles is a string, not an array
    [InlineData("WyJhZG1pbiJd")] // ["admin"]: JSON, but not an object
    [InlineData("eyJ1c2VySWQiOiJhIiwidXNlclJvbGVzIjpbImFkbWluIl0sInVzZXJSb2xlcyI6WyJhZG1pbiJdfQ==")] // userRoles twice
    public async Task A_forged_or_malformed_principal_gets_401_problem_json(string header)
    {
        var client = await env.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/audit");
        request.Headers.TryAddWithoutValidation(ClientPrincipalHeader.Name, header);

        using var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static bool Matches(string expected, HttpStatusCode actual) => expected switch
    {
        "ok" => actual is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
        _ => ((int)actual).ToString(System.Globalization.CultureInfo.InvariantCulture) == expected,
    };

    // An answer and a note of the own office, for the rows that read one.
    private async Task<Ids> ArrangeAsync()
    {
        var office = await env.ClientAsync(Callers[1].Principal);
        var answer = SurveyAnswers.Valid(OwnMunicipality);
        var note = Note();

        var submitted = await office.SubmitAsync(answer);
        var created = await office.PostAsJsonAsync("/api/notes", note);

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return new Ids(answer["responseId"]!.GetValue<string>(), note["noteId"]!.GetValue<string>(), $"matrix-{Guid.NewGuid():N}@example.se", $"unknown-{Guid.NewGuid():N}");
    }

    private static JsonObject Note() => new()
    {
        ["noteId"] = Guid.NewGuid().ToString(),
        ["municipality"] = OwnMunicipality,
        ["interviewDate"] = "2026-11-20",
        ["text"] = "Banken lånar inte ut till investeringen i en ny svets.",
    };

    private static async Task WaitForRebuildAsync(HttpClient admin, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await admin.GetFromJsonAsync<JsonObject>(location))!["status"]!.GetValue<string>() != "Completed")
        {
            Assert.True(DateTime.UtcNow < deadline, "The rebuild started by the matrix did not complete.");
            await Task.Delay(250);
        }
    }

    private sealed record Row(string Method, string Route, string Url, string Expected, Func<Ids, JsonObject>? Body = null)
    {
        public string[] Outcomes { get; } = Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed record Ids(string Response, string Note, string User, string Unknown)
    {
        public string Fill(string url) => new StringBuilder(url)
            .Replace("{response}", Response)
            .Replace("{note}", Note)
            .Replace("{user}", Uri.EscapeDataString(User))
            .Replace("{unknown}", Unknown)
            .ToString();
    }
}
