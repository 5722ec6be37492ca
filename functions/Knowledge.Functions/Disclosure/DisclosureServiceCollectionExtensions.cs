using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Knowledge.Disclosure;

internal static class DisclosureServiceCollectionExtensions
{
    public static IServiceCollection AddDisclosure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DisclosureOptions>()
            .Bind(configuration.GetSection(DisclosureOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IRecordKeySource, RandomRecordKeySource>();
        return services
            .AddSingleton(PerturbationTable.Shipped)
            .AddSingleton<DisclosureControl>();
    }
}
