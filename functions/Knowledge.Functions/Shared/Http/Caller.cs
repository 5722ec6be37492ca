namespace Knowledge.Shared.Http;

/// <summary>The signed-in user with the roles and scopes the server checks against.</summary>
public sealed class Caller(ClientPrincipal principal)
{
    private static readonly object ItemKey = typeof(Caller);

    public string UserId => principal.UserId;

    public string IdentityProvider => principal.IdentityProvider;

    public IReadOnlySet<string> Municipalities { get; } = Scopes(principal, Roles.MunicipalityPrefix, 4);

    public IReadOnlySet<string> Counties { get; } = Scopes(principal, Roles.CountyPrefix, 2);

    public bool IsInRole(string role) => principal.UserRoles.Contains(role, StringComparer.OrdinalIgnoreCase);

    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(IsInRole);

    public bool IsAdmin => IsInRole(Roles.Admin);

    /// <summary>An office acts only for the municipalities it is bound to.</summary>
    public bool ActsForMunicipality(string code) => IsInRole(Roles.Office) && Municipalities.Contains(code);

    /// <summary>The caller the role gate admitted to this request; functions declared [Anonymous] have none.</summary>
    public static Caller Of(HttpRequest request) =>
        request.HttpContext.Items[ItemKey] as Caller
        ?? throw new InvalidOperationException("No caller was admitted to this request; an [Anonymous] function has none.");

    internal void AttachTo(HttpContext http) => http.Items[ItemKey] = this;

    private static HashSet<string> Scopes(ClientPrincipal principal, string prefix, int codeLength) =>
        principal.UserRoles
            .Where(r => r.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(r => r[prefix.Length..])
            .Where(c => c.Length == codeLength && c.All(char.IsAsciiDigit))
            .ToHashSet(StringComparer.Ordinal);
}
