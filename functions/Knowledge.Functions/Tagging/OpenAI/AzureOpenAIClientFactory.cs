using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;

namespace Knowledge.Tagging;

/// <summary>Builds the Azure OpenAI client: API key when one is configured, else DefaultAzureCredential.</summary>
public static class AzureOpenAIClientFactory
{
    // One retry rides out a brief 429/503; more would only delay the fallback, which is the real retry.
    private const int MaxRetries = 1;

    /// <param name="transport">Replaces the HTTP transport; tests pass a fake one so nothing leaves the process.</param>
    public static AzureOpenAIClient Create(OpenAITaggerOptions options, PipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException("OpenAI:Endpoint and OpenAI:Deployment must both be set.");
        }

        var clientOptions = new AzureOpenAIClientOptions
        {
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(MaxRetries),
        };
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        var endpoint = new Uri(options.Endpoint!, UriKind.Absolute);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions);
        }

        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new AzureOpenAIClient(endpoint, credential, clientOptions);
    }
}
