using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tagging;

internal static class TaggingServiceCollectionExtensions
{
    public static IServiceCollection AddCodebook(this IServiceCollection services) =>
        services.AddSingleton<Codebook>();
}
