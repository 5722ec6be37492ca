using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Knowledge.Tagging;

public static class OpenAITaggingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITagger"/>: Azure OpenAI with the offline tagger as fallback when section "OpenAI" has
    /// Endpoint and Deployment, else the offline <see cref="CombinedTagger"/> (rules and learned model) alone. This owns
    /// the ITagger registration.
    /// </summary>
    public static IServiceCollection AddOpenAITagging(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(OpenAITaggerOptions.SectionName);
        services.Configure<OpenAITaggerOptions>(section);
        services.TryAddSingleton<Codebook>();
        services.TryAddSingleton<DefaultTagger>();
        services.TryAddSingleton<PromotedTagModel>();
        services.TryAddSingleton<CombinedTagger>();
        services.RemoveAll<ITagger>();

        // Settings are read once at startup: which tagger runs is a deployment decision, not a per-call one.
        var options = section.Get<OpenAITaggerOptions>() ?? new OpenAITaggerOptions();
        if (!options.IsConfigured)
        {
            services.AddSingleton<ITagger>(sp => sp.GetRequiredService<CombinedTagger>());
            return services;
        }

        services.TryAddSingleton(sp => new AzureOpenAITagger(
            AzureOpenAIClientFactory.Create(options),
            options,
            sp.GetRequiredService<Codebook>(),
            sp.GetRequiredService<ILogger<AzureOpenAITagger>>()));
        services.AddSingleton<ITagger>(sp => new FallbackTagger(
            sp.GetRequiredService<AzureOpenAITagger>(),
            sp.GetRequiredService<CombinedTagger>(),
            sp.GetRequiredService<ILogger<FallbackTagger>>()));
        return services;
    }
}
