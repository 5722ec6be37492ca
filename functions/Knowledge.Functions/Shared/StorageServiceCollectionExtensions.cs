using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
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
                return new TableServiceClient(options.ConnectionString, ClientOptions());
            }

            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
            });
            return new TableServiceClient(new Uri(options.TableEndpoint!), credential, ClientOptions());
        });

        services.AddSingleton<StorageReadiness>();
        services.AddSingleton<StorageProbe>();
        services.AddHostedService<StorageInitializer>();
        return services;
    }

    // The SDK's defaults (3 retries from 0.8 s, 100 s per try) hold a request for minutes while storage is down;
    // these give up within a few seconds, so the client gets its 503 and retries itself.
    internal static TableClientOptions ClientOptions() => new()
    {
        Retry =
        {
            Mode = RetryMode.Exponential,
            MaxRetries = 3,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxDelay = TimeSpan.FromSeconds(2),
            NetworkTimeout = TimeSpan.FromSeconds(10),
        },
    };
}
