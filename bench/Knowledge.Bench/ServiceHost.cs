using Knowledge.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Bench;

/// <summary>The service's registrations on a fresh Azurite, started and ready (tables and seeds written), without HTTP.</summary>
internal static class ServiceHost
{
    public static async Task<IHost> StartAsync(AzuriteProcess azurite)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Storage:ConnectionString"] = azurite.ConnectionString;
        builder.Services.AddKnowledge(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<StorageReadiness>().WhenReady;
        return host;
    }
}
