using System.Net;
using System.Text.Json.Nodes;
using Knowledge.Shared.Http;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Api;

/// <summary>
/// Every operation of the API description, on the standalone host on a real Kestrel port, sent an over-long address, one that is
/// not percent-encoded UTF-8, and too many or too large headers: each answer is the 4xx problem+json of
/// <c>RequestHead</c>, given before the function runs (Kestrel's own, bare answers lie further out), and nothing is stored.
/// </summary>
public sealed class BadRequestHeadTests(KestrelEnvironment env) : IClassFixture<KestrelEnvironment>
{
    [Fact]
    public async Task Every_operation_answers_a_bad_address_or_bad_headers_with_a_4xx_problem_and_stores_nothing()
    {
        var samples = await ApiSamples.ArrangeAsync(env);
        var cases = new BadInputCases(OpenApiDocument.Load(), samples).Head().ToList();

        var failures = await BadInputRunner.RunAsync(env, cases);

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Theory]
    [InlineData("GET", "/api/municipalities?county=%ZZ", "county")]
    [InlineData("GET", "/api/municipalities?county=%2", "county")]
    [InlineData("GET", "/api/municipalities?county=25%", "county")]
    [InlineData("GET", "/api/municipalities?%ZZ=25", "query")]
    [InlineData("GET", "/api/examples/%ZZ", "path")]
    [InlineData("PUT", "/api/access/bindings/anna%", "path")]
    public async Task A_percent_sign_without_two_hex_digits_gets_400_naming_the_parameter_or_the_path_and_stores_nothing(string method, string target, string field)
    {
        var body = """{"roles": ["admin"]}"""u8.ToArray();

        await AssertBadRequestAsync(Principals.Admin(), method, target, ["Content-Type: application/json", $"Content-Length: {body.Length}"], body, field);
    }

    [Fact]
    public async Task A_chunked_body_whose_chunk_size_is_not_hex_gets_400_naming_the_body_and_stores_nothing()
    {
        await AssertBadRequestAsync(ApiSamples.Office, "POST", "/api/notes", ["Content-Type: application/json", "Transfer-Encoding: chunked"], "zz\r\n{}\r\n0\r\n\r\n"u8.ToArray(), "body");
    }

    private async Task AssertBadRequestAsync(ClientPrincipal caller, string method, string target, string[] headers, byte[] body, string field)
    {
        await env.ClientAsync();
        var before = await TableSnapshot.TakeAsync(env.Tables);
        var principal = $"{ClientPrincipalHeader.Name}: {ClientPrincipalHeader.Encode(caller)}";

        var (status, contentType, problem) = await RawHttp.SendAsync(env.Address, method, target, [principal, .. headers], body);

        Assert.Equal((int)HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", contentType);
        var json = JsonNode.Parse(problem)!.AsObject();
        Assert.Equal(400, (int)json["status"]!);
        Assert.True(json["errors"]!.AsObject().ContainsKey(field), problem);
        Assert.Empty(TableSnapshot.Changes(before, await TableSnapshot.TakeAsync(env.Tables)));
    }
}
