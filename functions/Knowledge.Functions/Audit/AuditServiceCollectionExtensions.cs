namespace Knowledge.Audit;

internal static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddSingleton<IAuditLog, TableAuditLog>();
}
