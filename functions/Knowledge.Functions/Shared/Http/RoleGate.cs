using System.Reflection;

namespace Knowledge.Shared.Http;

/// <summary>
/// The role gate both hosts run before an HTTP function: 401 without a valid principal, 403 without one of the
/// declared roles, else the <see cref="Caller"/> is attached to the request for <see cref="Caller.Of"/>.
/// </summary>
internal static class RoleGate
{
    /// <summary>The function's declaration; a missing one is an error, never an open endpoint.</summary>
    public static AccessAttribute Declared(MethodInfo function) =>
        function.GetCustomAttribute<AccessAttribute>()
        ?? throw new InvalidOperationException(
            $"{function.DeclaringType?.Name}.{function.Name} is an HTTP function without [AllowedRoles] or [Anonymous]; declare who may call it.");

    /// <summary>The declarations of an assembly's HTTP functions, by function name.</summary>
    public static IReadOnlyDictionary<string, AccessAttribute> DeclaredIn(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Method: m))
            .Where(f => f.Function is not null)
            .ToDictionary(f => f.Function!.Name, f => Declared(f.Method), StringComparer.Ordinal);

    /// <summary>Null when the caller may go on; else the problem to answer instead of running the function.</summary>
    public static IResult? Admit(HttpContext http, AccessAttribute access)
    {
        if (access is AnonymousAttribute)
        {
            return null;
        }

        if (!http.Request.Headers.TryGetValue(ClientPrincipalHeader.Name, out var header))
        {
            return Problems.Unauthorized();
        }

        if (!ClientPrincipalHeader.TryParse(header.ToString(), out var principal))
        {
            return Problems.Unauthorized("The client principal is malformed; sign in again.");
        }

        var caller = new Caller(principal);
        if (!caller.IsInAnyRole(access.Roles))
        {
            return Problems.Forbidden($"This endpoint needs one of the roles: {string.Join(", ", access.Roles)}.");
        }

        caller.AttachTo(http);
        return null;
    }
}
