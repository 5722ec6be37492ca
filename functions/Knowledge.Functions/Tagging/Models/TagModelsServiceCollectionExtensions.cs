namespace Knowledge.Tagging.Models;

internal static class TagModelsServiceCollectionExtensions
{
    /// <summary>Versioned tag models in storage, their sync into this instance, and admins' retrains.</summary>
    public static IServiceCollection AddTagModels(this IServiceCollection services) =>
        services
            .AddSingleton<TableTagModelStore>()
            .AddSingleton<ITagModelStore>(sp => sp.GetRequiredService<TableTagModelStore>())
            .AddSingleton<IRetrainJobStore>(sp => sp.GetRequiredService<TableTagModelStore>())
            .AddSingleton<TagModels>()
            .AddSingleton<TagModelRetrainer>()
            .AddSingleton<RetrainRunner>()
            .AddSingleton<TagModelSync>()
            .AddSingleton<IStorageSeeder>(sp => sp.GetRequiredService<TagModelSync>())
            .AddHostedService(sp => sp.GetRequiredService<TagModelSync>());
}
