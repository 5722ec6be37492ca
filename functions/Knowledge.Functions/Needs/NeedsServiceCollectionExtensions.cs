namespace Knowledge.Needs;

internal static class NeedsServiceCollectionExtensions
{
    public static IServiceCollection AddNeeds(this IServiceCollection services) =>
        services
            .AddSingleton<CounterVersions>()
            .AddSingleton<CountedWrite>()
            .AddSingleton<TableNeedsCounterReader>()
            .AddSingleton<INeedsCounterReader, CachedNeedsCounterReader>()
            .AddSingleton<NeedsQuery>()
            .AddSingleton<NeedsRecount>()
            .AddSingleton<IRebuildJobStore, TableRebuildJobStore>()
            .AddSingleton<NeedsRebuildRunner>();
}
