using Knowledge.Reference;

namespace Knowledge.Access;

/// <summary>What a role binding may contain: service roles, and scopes that name real municipalities and counties.</summary>
internal sealed class RoleBindingRules(ReferenceData reference)
{
    public const int MaxUserLength = 256;

    public string? CheckUser(string user)
    {
        if (user.Length is 0 or > MaxUserLength)
        {
            return $"Must be 1 to {MaxUserLength} characters.";
        }

        // Row keys cannot hold '/', '\\', '#', '?'; '%' is an address's escape ("..%2F" reaches here undecoded) and
        // '<', '>', '"' are markup: sign-in names (e-mail addresses, user names) never need any of them.
        return user.Any(c => c is '/' or '\\' or '#' or '?' or '%' or '<' or '>' or '"' || char.IsControl(c) || char.IsWhiteSpace(c))
            ? "Must be a sign-in name without spaces, '/', '\\', '#', '?', '%', '<', '>' or '\"'."
            : null;
    }

    public string? CheckRole(string role)
    {
        if (Roles.Service.Contains(role))
        {
            return null;
        }

        if (role.StartsWith(Roles.MunicipalityPrefix, StringComparison.Ordinal))
        {
            return reference.FindMunicipality(role[Roles.MunicipalityPrefix.Length..]) is null ? $"'{role}' names no municipality." : null;
        }

        if (role.StartsWith(Roles.CountyPrefix, StringComparison.Ordinal))
        {
            return reference.FindCounty(role[Roles.CountyPrefix.Length..]) is null ? $"'{role}' names no county." : null;
        }

        return $"'{role}' is not a role; use {string.Join(", ", Roles.Service)}, municipality-<code> or county-<code>.";
    }
}
