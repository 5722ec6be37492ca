namespace Knowledge.Exports;

internal static class ExportsServiceCollectionExtensions
{
    public static IServiceCollection AddExports(this IServiceCollection services) =>
        services
            .AddSingleton<CodebookExport>()
            .AddSingleton<NotesProjectExport>()
            .AddSingleton<CodebookImport>();
}
