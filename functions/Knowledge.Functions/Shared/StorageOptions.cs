namespace Knowledge.Shared;

/// <summary>Where the tables live: a connection string locally (Azurite), an endpoint with managed identity in Azure.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public string? TableEndpoint { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty means the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }
}
