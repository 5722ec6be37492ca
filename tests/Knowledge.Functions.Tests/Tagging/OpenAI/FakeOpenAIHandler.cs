using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Knowledge.Tests.Tagging;

/// <summary>Stands in for Azure OpenAI over HTTP: records each request and answers from a script; nothing leaves the process.</summary>
internal sealed class FakeOpenAIHandler(Func<CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests => _requests;

    /// <summary>A chat completion whose message content is <paramref name="content"/>.</summary>
    public static FakeOpenAIHandler Answering(string content) =>
        new(_ => Task.FromResult(Json(Completion(content, refusal: null))));

    public static FakeOpenAIHandler Refusing(string refusal) =>
        new(_ => Task.FromResult(Json(Completion(content: null, refusal))));

    public static FakeOpenAIHandler Failing(HttpStatusCode status) =>
        new(_ => Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent("""{"error":{"code":"server_error","message":"boom"}}""", Encoding.UTF8, "application/json"),
        }));

    /// <summary>Waits far longer than any test timeout, but gives up when the client cancels.</summary>
    public static FakeOpenAIHandler Hanging() =>
        new(async cancellationToken =>
        {
            await Task.Delay(TimeSpan.FromMinutes(2), cancellationToken);
            return Json(Completion("""{"tags":[]}""", refusal: null));
        });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var apiKey = request.Headers.TryGetValues("api-key", out var values) ? values.Single() : null;
        _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, apiKey, body));
        return await respond(cancellationToken);
    }

    private static JsonObject Completion(string? content, string? refusal) => new()
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_735_689_600,
        ["model"] = "gpt-4o-mini",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
    };

    private static HttpResponseMessage Json(JsonObject body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? ApiKey, string Body);
