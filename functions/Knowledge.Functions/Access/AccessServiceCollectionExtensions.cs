namespace Knowledge.Access;

internal static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services) =>
        services
            .AddSingleton<IRoleBindingStore, TableRoleBindingStore>()
            .AddSingleton<RoleBindingRules>()
            .AddSingleton<RoleBindingAdministration>();
}
