using System.Net;
using System.Text.Json.Nodes;

namespace Knowledge.Tests.Infrastructure;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 7807 problem with the status, and returns its body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((int)status, (int)body["status"]!);
        return body;
    }

    /// <summary>Asserts a 400 validation problem that names each of the fields.</summary>
    public static async Task<JsonObject> AssertFieldErrorsAsync(this HttpResponseMessage response, params string[] fields)
    {
        var body = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = body["errors"]!.AsObject();
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"Expected an error for '{field}', got: {errors.ToJsonString()}");
        }

        return errors;
    }
}
