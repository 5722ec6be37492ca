namespace Knowledge.Erasures;

internal static class ErasuresServiceCollectionExtensions
{
    public static IServiceCollection AddErasures(this IServiceCollection services) =>
        services.AddSingleton<Eraser>();
}
