using Knowledge.Shared.Http;

namespace Knowledge.Tests.Infrastructure;

/// <summary>Callers as Static Web Apps would describe them.</summary>
internal static class Principals
{
    public static ClientPrincipal Office(string municipality, string user = "office-user") =>
        new("aad", user, $"{user}@example.se", ["anonymous", "authenticated", Roles.Office, Roles.ForMunicipality(municipality)]);

    public static ClientPrincipal Region(string county, string user = "region-user") =>
        new("aad", user, $"{user}@example.se", ["anonymous", "authenticated", Roles.Region, Roles.ForCounty(county)]);

    public static ClientPrincipal Staff(string user = "staff-user") =>
        new("aad", user, $"{user}@example.se", ["anonymous", "authenticated", Roles.Staff]);

    public static ClientPrincipal Admin(string user = "admin-user") =>
        new("aad", user, $"{user}@example.se", ["anonymous", "authenticated", Roles.Admin]);

    public static HttpClient As(this HttpClient client, ClientPrincipal? principal)
    {
        client.DefaultRequestHeaders.Remove(ClientPrincipalHeader.Name);
        if (principal is not null)
        {
            client.DefaultRequestHeaders.Add(ClientPrincipalHeader.Name, ClientPrincipalHeader.Encode(principal));
        }

        return client;
    }
}
