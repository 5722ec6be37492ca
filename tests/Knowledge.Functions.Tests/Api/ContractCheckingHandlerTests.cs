using System.Net;
using System.Text;

namespace Knowledge.Tests.Api;

public sealed class ContractCheckingHandlerTests
{
    [Fact]
    public async Task A_body_that_breaks_its_schema_fails_the_call()
    {
        using var client = ClientAnswering(HttpStatusCode.OK, """[{"code": "25"}]""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/api/counties"));

        Assert.Contains("GET /api/counties 200: $[0]: required:", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"name\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_the_operation_does_not_document_fails_the_call()
    {
        using var client = ClientAnswering(HttpStatusCode.Conflict, """{"title": "Conflict", "status": 409}""", "application/problem+json");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/api/counties"));

        Assert.Contains("answered 409, which it does not document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_parameter_matches_its_template_and_a_documented_answer_passes()
    {
        using var client = ClientAnswering(HttpStatusCode.NotFound, """{"title": "Not found", "status": 404}""", "application/problem+json");

        var response = await client.GetAsync($"/api/codebook/proposals/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpClient ClientAnswering(HttpStatusCode status, string json, string mediaType = "application/json") =>
        new(new ContractCheckingHandler { InnerHandler = new Answering(status, json, mediaType) }) { BaseAddress = new Uri("http://localhost") };

    private sealed class Answering(HttpStatusCode status, string json, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) });
    }
}
