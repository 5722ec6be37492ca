using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Knowledge.Access;

/// <summary>Static Web Apps' rolesSource payload; only <c>userDetails</c> is read, the rest of it is ignored.</summary>
[Description("Static Web Apps' rolesSource payload; only `userDetails` is read, the rest of it (`identityProvider`, `userId`, `claims`, …) is ignored.")]
internal sealed record RolesLookupRequest([property: MaxLength(RoleBindingRules.MaxUserLength)] string UserDetails)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Rest { get; set; }
}

/// <summary>The roles bound to a signed-in name.</summary>
internal sealed record SignInRolesView(IReadOnlyList<string> Roles);

/// <summary>The body binding a user to roles and scopes.</summary>
internal sealed record BindingRequest([property: MaxLength(100)] IReadOnlyList<string> Roles);

/// <summary>The request bodies Access binds, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RolesLookupRequest))]
[JsonSerializable(typeof(BindingRequest))]
internal sealed partial class AccessBodies : JsonSerializerContext;
