using System.Security.Cryptography;
using Knowledge.Audit;

namespace Knowledge.Access;

/// <summary>
/// Binds sign-in names to roles and scopes, and looks them up at sign-in. Every change is audited under a one-way
/// hash of the name, which is personal data.
/// </summary>
internal sealed class RoleBindingAdministration(IRoleBindingStore bindings, RoleBindingRules rules, TimeProvider clock)
{
    /// <summary>The roles bound to a name; none for a name no binding may have, which never reaches a row key.</summary>
    public async Task<IReadOnlyList<string>> RolesOfAsync(string user, CancellationToken cancellationToken) =>
        rules.CheckUser(user) is null ? (await bindings.GetAsync(user, cancellationToken))?.Roles ?? [] : [];

    public async Task<WriteOutcome<RoleBinding>> PutAsync(Caller caller, string user, BindingRequest body, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (rules.CheckUser(user) is { } userError)
        {
            errors["user"] = [userError];
        }

        var roles = body.Roles.Distinct(StringComparer.Ordinal).ToList();
        if (roles.Select(rules.CheckRole).OfType<string>().FirstOrDefault() is { } roleError)
        {
            errors["roles"] = [roleError];
        }

        if (errors.Count > 0)
        {
            return WriteOutcome<RoleBinding>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var binding = new RoleBinding(user.Trim().ToLowerInvariant(), roles, now);
        await bindings.PutAsync(binding, Audit(caller, "access.binding.put", user, now), cancellationToken);
        return new WriteOutcome<RoleBinding>(WriteStatus.Updated, binding);
    }

    public async Task<WriteOutcome<RoleBinding>> DeleteAsync(Caller caller, string user, CancellationToken cancellationToken)
    {
        if (rules.CheckUser(user) is { } userError)
        {
            return WriteOutcome<RoleBinding>.Invalid("user", userError);
        }

        return await bindings.DeleteAsync(user, Audit(caller, "access.binding.delete", user, clock.GetUtcNow()), cancellationToken)
            ? new WriteOutcome<RoleBinding>(WriteStatus.Updated)
            : WriteOutcome<RoleBinding>.Fail(WriteStatus.NotFound, "No roles are bound to that user.");
    }

    private static AuditEntry Audit(Caller caller, string action, string user, DateTimeOffset at)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.Trim().ToLowerInvariant())))[..16];
        return new AuditEntry(at, caller.UserId, caller.IdentityProvider, action, $"access/bindings/{hash}", "access");
    }
}
