using System.Diagnostics.CodeAnalysis;
using Knowledge.Shared;
using Microsoft.AspNetCore.Http;

namespace Knowledge.Access;

/// <summary>The role check every endpoint starts with: 401 without a valid principal, 403 without one of the roles.</summary>
internal static class Authorization
{
    public static bool TryAuthorize(
        HttpRequest request,
        IReadOnlyCollection<string> roles,
        [NotNullWhen(true)] out Caller? caller,
        [NotNullWhen(false)] out IResult? denied)
    {
        caller = null;
        if (!request.Headers.TryGetValue(ClientPrincipalHeader.Name, out var header))
        {
            denied = Problems.Unauthorized();
            return false;
        }

        if (!ClientPrincipalHeader.TryParse(header.ToString(), out var principal))
        {
            denied = Problems.Unauthorized("The client principal is malformed; sign in again.");
            return false;
        }

        var candidate = new Caller(principal);
        if (!candidate.IsInAnyRole(roles))
        {
            denied = Problems.Forbidden($"This endpoint needs one of the roles: {string.Join(", ", roles)}.");
            return false;
        }

        caller = candidate;
        denied = null;
        return true;
    }
}
