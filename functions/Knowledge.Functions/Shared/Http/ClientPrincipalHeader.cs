using System.Diagnostics.CodeAnalysis;

namespace Knowledge.Shared.Http;

/// <summary>Encodes and decodes the base64 JSON principal that Static Web Apps forwards to the API.</summary>
public static class ClientPrincipalHeader
{
    public const string Name = "x-ms-client-principal";

    private const int MaxHeaderLength = 16 * 1024;

    public static bool TryParse(string? header, [NotNullWhen(true)] out ClientPrincipal? principal)
    {
        principal = null;
        if (string.IsNullOrWhiteSpace(header) || header.Length > MaxHeaderLength)
        {
            return false;
        }

        try
        {
            if (!StrictJson.TryParse(Convert.FromBase64String(header.Trim()), out var json, out _)
                || json is not JsonObject obj
                || Text(obj, "userId") is not { Length: > 0 } userId
                || obj["userRoles"] is not JsonArray roles)
            {
                return false;
            }

            var roleNames = new List<string>();
            foreach (var role in roles)
            {
                if (role?.GetValueKind() != JsonValueKind.String)
                {
                    return false;
                }

                roleNames.Add(role.GetValue<string>());
            }

            principal = new ClientPrincipal(Text(obj, "identityProvider") ?? "", userId, Text(obj, "userDetails") ?? "", roleNames);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string Encode(ClientPrincipal principal)
    {
        var json = new JsonObject
        {
            ["identityProvider"] = principal.IdentityProvider,
            ["userId"] = principal.UserId,
            ["userDetails"] = principal.UserDetails,
            ["userRoles"] = new JsonArray([.. principal.UserRoles.Select(r => JsonValue.Create(r))]),
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
