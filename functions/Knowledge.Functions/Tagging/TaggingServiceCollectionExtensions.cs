using Microsoft.Extensions.Configuration;

namespace Knowledge.Tagging;

internal static class TaggingServiceCollectionExtensions
{
    public static IServiceCollection AddCodebook(this IServiceCollection services) =>
        services.AddSingleton<Codebook>();

    /// <summary>
    /// The offline default (rules and learned model) always; Azure OpenAI in front of it when an endpoint and deployment
    /// are configured.
    /// </summary>
    public static IServiceCollection AddTagging(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddSingleton<DefaultTagger>()
            .AddSingleton<PromotedTagModel>()
            .AddSingleton<CombinedTagger>()
            .AddOpenAITagging(configuration);
}
