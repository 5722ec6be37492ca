namespace Knowledge.Shared.Http;

/// <summary>The service's roles, and the scope roles that tie a user to municipalities and counties.</summary>
public static class Roles
{
    public const string Office = "office";
    public const string Region = "region";
    public const string Staff = "staff";
    public const string Admin = "admin";

    /// <summary>Static Web Apps' role of everyone, signed in or not: what an [Anonymous] function declares.</summary>
    public const string Anonymous = "anonymous";

    public const string MunicipalityPrefix = "municipality-";
    public const string CountyPrefix = "county-";

    public static readonly IReadOnlyList<string> Service = [Office, Region, Staff, Admin];

    /// <summary>Roles Static Web Apps adds to everyone; not stored in bindings.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = [Anonymous, "authenticated"];

    public static string ForMunicipality(string code) => MunicipalityPrefix + code;

    public static string ForCounty(string code) => CountyPrefix + code;
}
