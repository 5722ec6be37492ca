namespace Knowledge.Tagging;

/// <summary>The optional Azure OpenAI tagger (configuration section "OpenAI"); unset, the offline tagger is used.</summary>
public sealed class OpenAITaggerOptions
{
    public const string SectionName = "OpenAI";

    public const int DefaultTimeoutSeconds = 20;

    /// <summary>The resource endpoint, e.g. https://my-resource.openai.azure.com (no deployment or path).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model deployment name; it is also the tagger's version in results.</summary>
    public string? Deployment { get; set; }

    /// <summary>Optional; without it the tagger signs in with DefaultAzureCredential (managed identity in Azure).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The client id of a user-assigned managed identity; unset means the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long one tagging may take before the fallback answers.</summary>
    public int TimeoutSeconds { get; set; } = DefaultTimeoutSeconds;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);

    // A zero or negative setting would cancel every call at once; treat it as unset.
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds > 0 ? TimeoutSeconds : DefaultTimeoutSeconds);
}
