namespace Knowledge.Shared.Http;

/// <summary>The user as Static Web Apps describes it in <c>x-ms-client-principal</c>.</summary>
public sealed record ClientPrincipal(string IdentityProvider, string UserId, string UserDetails, IReadOnlyList<string> UserRoles);
