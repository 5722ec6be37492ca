namespace Knowledge.Shared.Http;

/// <summary>
/// Who may call an HTTP function. Every <c>[Function]</c> with an <c>HttpTrigger</c> carries exactly one; a forgotten
/// one fails loudly (the standalone host at start, the worker with a 500 on every call) instead of opening the
/// endpoint. The role gate (<see cref="RoleGate"/>) enforces it in both hosts before the function runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
internal abstract class AccessAttribute(IReadOnlyList<string> roles) : Attribute
{
    /// <summary>The roles as the OpenAPI description's <c>x-roles</c> lists them.</summary>
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>A signed-in caller holding one of these roles; scope checks on the request's data stay in the handler.</summary>
internal sealed class AllowedRolesAttribute(params string[] roles) : AccessAttribute(roles);

/// <summary>Open to everyone, signed in or not.</summary>
internal sealed class AnonymousAttribute() : AccessAttribute([Http.Roles.Anonymous]);
