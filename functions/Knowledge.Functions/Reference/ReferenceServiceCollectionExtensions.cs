namespace Knowledge.Reference;

internal static class ReferenceServiceCollectionExtensions
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services) =>
        services.AddSingleton<ReferenceData>();
}
