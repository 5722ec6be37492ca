namespace Knowledge.Tagging.Proposals;

internal static class ProposalsServiceCollectionExtensions
{
    public static IServiceCollection AddCodebookProposals(this IServiceCollection services) =>
        services
            .AddSingleton<ICodebookStore, TableCodebookStore>()
            .AddSingleton<CodebookChanges>()
            .AddSingleton<CodebookSync>()
            .AddSingleton<IStorageSeeder>(sp => sp.GetRequiredService<CodebookSync>())
            .AddHostedService(sp => sp.GetRequiredService<CodebookSync>());
}
