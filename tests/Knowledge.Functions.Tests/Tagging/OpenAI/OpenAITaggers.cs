using System.ClientModel.Primitives;
using Knowledge.Tagging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Tests.Tagging;

/// <summary>Builds the real Azure OpenAI tagger, client pipeline and all, on top of a fake HTTP handler.</summary>
internal static class OpenAITaggers
{
    public const string Deployment = "gpt-4o-mini-tagging";

    public const string ApiKey = "test-key-123";

    public static readonly Codebook Codebook = new();

    public static OpenAITaggerOptions Options(int timeoutSeconds = 20) => new()
    {
        Endpoint = "https://knowledge-test.openai.azure.com/",
        Deployment = Deployment,
        ApiKey = ApiKey,
        TimeoutSeconds = timeoutSeconds,
    };

    public static AzureOpenAITagger Create(HttpMessageHandler handler, int timeoutSeconds = 20)
    {
        var options = Options(timeoutSeconds);
        var transport = new HttpClientPipelineTransport(new HttpClient(handler));
        var client = AzureOpenAIClientFactory.Create(options, transport);
        return new AzureOpenAITagger(client, options, Codebook, NullLogger<AzureOpenAITagger>.Instance);
    }

    public static FallbackTagger WithFallback(HttpMessageHandler handler, ITagger fallback, int timeoutSeconds = 20) =>
        new(Create(handler, timeoutSeconds), fallback, NullLogger<FallbackTagger>.Instance);
}
