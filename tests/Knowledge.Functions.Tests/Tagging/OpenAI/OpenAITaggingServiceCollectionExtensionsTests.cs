using Knowledge.Tagging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Knowledge.Tests.Tagging;

public sealed class OpenAITaggingServiceCollectionExtensionsTests
{
    [Fact]
    public void Without_openai_settings_the_default_tagger_tags()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.IsType<CombinedTagger>(provider.GetRequiredService<ITagger>());
    }

    [Fact]
    public void An_endpoint_without_a_deployment_is_not_enough_for_openai()
    {
        using var provider = Build(new Dictionary<string, string?> { ["OpenAI:Endpoint"] = "https://knowledge-test.openai.azure.com/" });

        Assert.IsType<CombinedTagger>(provider.GetRequiredService<ITagger>());
    }

    [Fact]
    public void With_endpoint_and_deployment_openai_tags_with_the_default_tagger_as_fallback()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = "https://knowledge-test.openai.azure.com/",
            ["OpenAI:Deployment"] = "gpt-4o-mini",
            ["OpenAI:ApiKey"] = "test-key",
            ["OpenAI:TimeoutSeconds"] = "7",
        });

        var tagger = provider.GetRequiredService<ITagger>();

        Assert.IsType<FallbackTagger>(tagger);
        Assert.Equal("azure-openai/gpt-4o-mini", tagger.Name);
        Assert.Equal(7, provider.GetRequiredService<IOptions<OpenAITaggerOptions>>().Value.TimeoutSeconds);
    }

    [Fact]
    public void Openai_needs_no_api_key_because_it_signs_in_with_a_managed_identity()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = "https://knowledge-test.openai.azure.com/",
            ["OpenAI:Deployment"] = "gpt-4o-mini",
            ["OpenAI:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.IsType<FallbackTagger>(provider.GetRequiredService<ITagger>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOpenAITagging(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
