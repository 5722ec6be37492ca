namespace Knowledge.Establishments;

internal static class EstablishmentsServiceCollectionExtensions
{
    public static IServiceCollection AddEstablishments(this IServiceCollection services) =>
        services
            .AddSingleton<EstablishmentReader>()
            .AddSingleton<EstablishmentEventReader>()
            .AddSingleton<IEstablishmentStore, TableEstablishmentStore>()
            .AddSingleton<EstablishmentRegister>()
            .AddSingleton<IStorageSeeder, EstablishmentSeeder>();
}
