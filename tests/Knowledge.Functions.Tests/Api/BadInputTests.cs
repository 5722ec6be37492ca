using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Api;

/// <summary>
/// Every operation of the API description, sent malformed JSON, bytes that are not UTF-8, wrong media types and charsets, wrong
/// types, huge and empty values, unknown fields, bad ids and bad query values by a caller it allows: each answer is a 4xx problem+json (400 naming the field), never a 500 or a
/// success, and nothing is stored. The cases come from the document (<see cref="BadInputCases"/>), so a new endpoint is
/// covered once it is described, and a write endpoint without cases fails.
/// </summary>
public sealed class BadInputTests(TestEnvironment env) : IClassFixture<TestEnvironment>
{
    // Writes that take no input at all: nothing to get wrong.
    private static readonly string[] WithoutInput = ["POST /api/needs/rebuild", "POST /api/tags/models/retrain"];

    [Fact]
    public void Every_write_operation_has_bad_input_cases_unless_it_takes_no_input()
    {
        var document = OpenApiDocument.Load();
        var cases = new BadInputCases(document, ApiSamples.Unarranged).All().Select(c => c.Operation).ToHashSet();

        var writes = document.Operations().Where(o => o.Method != "get").Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").ToList();

        Assert.Empty(writes.Where(w => !cases.Contains(w)).Except(WithoutInput));
        Assert.All(WithoutInput, w => Assert.Contains(w, writes));
        Assert.All(WithoutInput, w => Assert.DoesNotContain(w, cases));
    }

    [Fact]
    public void Every_json_body_rejects_unknown_fields_except_the_static_web_apps_sign_in_call()
    {
        var document = OpenApiDocument.Load();

        var accepting = from op in document.Operations()
                        let schema = op.Operation["requestBody"]?["content"]?["application/json"]?["schema"]
                        where schema is not null && !BadInputCases.RejectsUnknownFields(document.Resolve(schema).AsObject())
                        select $"{op.Method.ToUpperInvariant()} {op.Path}";

        Assert.Equal(["POST /api/access/roles"], accepting);
    }

    [Fact]
    public async Task Every_sample_body_is_accepted_so_that_each_case_gets_its_answer_from_the_one_thing_it_changes()
    {
        var samples = await ApiSamples.ArrangeAsync(env);
        var document = OpenApiDocument.Load();
        var cases = new BadInputCases(document, samples);
        var failures = new List<string>();

        foreach (var (path, method, operation) in document.Operations().Where(o => o.Operation["requestBody"] is not null))
        {
            var client = await env.ClientAsync(ApiSamples.Caller(operation));
            using var request = new HttpRequestMessage(new HttpMethod(method), cases.SampleUrl(path, operation))
            {
                Content = cases.SampleContent(path, method, operation),
            };
            using var response = await client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{method.ToUpperInvariant()} {path}: {(int)response.StatusCode} {BadInputRunner.Shorten(await response.Content.ReadAsStringAsync())}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_bad_request_gets_a_4xx_problem_naming_the_field_and_stores_nothing()
    {
        var samples = await ApiSamples.ArrangeAsync(env);
        var cases = new BadInputCases(OpenApiDocument.Load(), samples).All().ToList();

        var failures = await BadInputRunner.RunAsync(env, cases);

        Assert.True(cases.Count > 300, $"Only {cases.Count} cases.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
