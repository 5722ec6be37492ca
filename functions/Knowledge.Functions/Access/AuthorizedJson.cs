using Knowledge.Shared;
using Microsoft.AspNetCore.Http;

namespace Knowledge.Access;

/// <summary>
/// The start of a write endpoint: the role check, then the JSON body, so 401/403 come before any body is read.
/// <c>Caller</c> and <c>Body</c> are set exactly when <c>Problem</c> is null.
/// </summary>
internal static class AuthorizedJson
{
    public static async Task<(Caller Caller, System.Text.Json.Nodes.JsonObject Body, IResult? Problem)> ReadAsync(
        HttpRequest request, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, roles, out var caller, out var denied))
        {
            return (null!, null!, denied);
        }

        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken);
        return body is null ? (caller, null!, problem) : (caller, body, null);
    }
}
