using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Needs;

internal static class NeedsServiceCollectionExtensions
{
    public static IServiceCollection AddNeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NeedsOptions>()
            .Bind(configuration.GetSection(NeedsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddSingleton<INeedsCounterReader, TableNeedsCounterReader>()
            .AddSingleton<NeedsQuery>()
            .AddSingleton<NeedsRecount>()
            .AddSingleton<IRebuildJobStore, TableRebuildJobStore>()
            .AddSingleton<NeedsRebuildRunner>();
    }
}
