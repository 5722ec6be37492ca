using Microsoft.Extensions.Configuration;

namespace Knowledge.Examples;

internal static class ExamplesServiceCollectionExtensions
{
    public static IServiceCollection AddExamples(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExamplesOptions>().Bind(configuration.GetSection(ExamplesOptions.Section));
        return services
            .AddSingleton<ExampleKinds>()
            .AddSingleton<ExampleReader>()
            .AddSingleton<IExampleStore, TableExampleStore>()
            .AddSingleton<IExampleSearch, LuceneExampleSearch>()
            .AddSingleton<CatalogueIndex>()
            .AddSingleton<ExampleCatalogue>()
            .AddSingleton<ExampleRecommendations>()
            .AddSingleton<IStorageSeeder, ExampleSeeder>();
    }
}
