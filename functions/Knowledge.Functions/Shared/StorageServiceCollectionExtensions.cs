using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Knowledge.Shared;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.ConnectionString) || Uri.TryCreate(o.TableEndpoint, UriKind.Absolute, out _),
                "Set Storage:ConnectionString (local, Azurite) or Storage:TableEndpoint (Azure, managed identity).")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                return new TableServiceClient(options.ConnectionString);
            }

            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
            });
            return new TableServiceClient(new Uri(options.TableEndpoint!), credential);
        });

        services.AddSingleton<StorageReadiness>();
        services.AddHostedService<StorageInitializer>();
        return services;
    }
}
