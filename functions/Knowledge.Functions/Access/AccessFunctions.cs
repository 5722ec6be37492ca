using System.Security.Cryptography;
using System.Text;
using Knowledge.Audit;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Access;

internal sealed class AccessFunctions(IRoleBindingStore bindings, RoleBindingRules rules, TimeProvider clock)
{
    /// <summary>
    /// Role: anonymous, called by Static Web Apps at sign-in (its <c>rolesSource</c>). It answers with the roles
    /// bound to the signed-in name; the roles only take effect inside the principal that Static Web Apps signs.
    /// </summary>
    [Function("Access_Roles")]
    [Anonymous]
    [Operation("Access", "Static Web Apps `rolesSource`: the roles bound to the signed-in name.", Notes = "Called by Static Web Apps at sign-in; the roles take effect only inside the principal it signs.")]
    [Accepts(typeof(RolesLookupRequest), ChecksMediaType = false)]
    [Returns(200, typeof(SignInRolesView), "Roles.")]
    [Fails(403, 503)]
    public async Task<IResult> GetRoles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "access/roles")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        // Static Web Apps' own sign-in payload, whatever type it is sent as; the answer changes nothing.
        var (body, problem) = await JsonBody.BindAsync(request, AccessBodies.Default.RolesLookupRequest, cancellationToken, maxBytes: 64 * 1024, anyMediaType: true);
        if (body is null)
        {
            return problem!;
        }

        var user = body.UserDetails;

        // A signed-in caller may look up only its own roles, so nobody learns who holds which.
        if (request.Headers.TryGetValue(ClientPrincipalHeader.Name, out var header)
            && ClientPrincipalHeader.TryParse(header.ToString(), out var caller)
            && !string.Equals(caller.UserDetails, user, StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Forbidden("You may look up only your own roles.");
        }

        // A name no binding may have holds no roles, and it must not reach a row key it cannot be part of.
        var binding = rules.CheckUser(user) is null ? await bindings.GetAsync(user, cancellationToken) : null;
        return TypedResults.Ok(new SignInRolesView(binding?.Roles ?? []));
    }

    /// <summary>Role: admin.</summary>
    [Function("Access_ListBindings")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Access", "Every role binding.")]
    [Returns(200, typeof(RoleBinding[]), "Bindings.")]
    [Fails(503)]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "access/bindings")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        return TypedResults.Ok(await bindings.ListAsync(cancellationToken));
    }

    /// <summary>Role: admin. Body <c>{"roles": ["office", "municipality-2580"]}</c> replaces the user's roles.</summary>
    [Function("Access_PutBinding")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Access", "Replaces the roles bound to a sign-in name.")]
    [Parameter("user", "Sign-in name, e.g. anna@lulea.se.")]
    [Accepts(typeof(BindingRequest))]
    [Returns(200, typeof(RoleBinding), "The binding.")]
    [Fails(503)]
    public async Task<IResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "access/bindings/{user}")] HttpRequest request,
        string user,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.BindAsync(request, AccessBodies.Default.BindingRequest, cancellationToken, maxBytes: 64 * 1024);
        if (body is null)
        {
            return problem!;
        }

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
            return Problems.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var binding = new RoleBinding(user.Trim().ToLowerInvariant(), roles, now);
        await bindings.PutAsync(binding, Audit(Caller.Of(request), "access.binding.put", user, now), cancellationToken);
        return TypedResults.Ok(binding);
    }

    /// <summary>Role: admin.</summary>
    [Function("Access_DeleteBinding")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Access", "Removes a user's roles.")]
    [Parameter("user", "Sign-in name.")]
    [Returns(204, null, "Removed.")]
    [Fails(404, 503)]
    public async Task<IResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "access/bindings/{user}")] HttpRequest request,
        string user,
        CancellationToken cancellationToken)
    {
        if (rules.CheckUser(user) is { } userError)
        {
            return Problems.Invalid("user", userError);
        }

        var now = clock.GetUtcNow();
        return await bindings.DeleteAsync(user, Audit(Caller.Of(request), "access.binding.delete", user, now), cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound("No roles are bound to that user.");
    }

    // The sign-in name is personal data; the audit row names the binding by a one-way hash instead.
    private static AuditEntry Audit(Caller caller, string action, string user, DateTimeOffset at)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user.Trim().ToLowerInvariant())))[..16];
        return new AuditEntry(at, caller.UserId, caller.IdentityProvider, action, $"access/bindings/{hash}", "access");
    }
}
