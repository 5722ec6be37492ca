using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Hosting;
using Knowledge.Disclosure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Knowledge.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Knowledge.Tests.Infrastructure;

/// <summary>
/// The standalone host (the real function classes and services) against the test Azurite, with optional settings, clock,
/// log capture, source of record keys (see <see cref="FixedRecordKeys"/>) and a policy that sees every storage request
/// (see <see cref="StorageRequestCounter"/>).
/// </summary>
public sealed class KnowledgeApp(
    string connectionString,
    IReadOnlyDictionary<string, string?>? settings = null,
    TimeProvider? clock = null,
    ILoggerProvider? logs = null,
    IRecordKeySource? recordKeys = null,
    HttpPipelinePolicy? storagePolicy = null) : WebApplicationFactory<global::Program>
{
    public KnowledgeApp(
        AzuriteFixture azurite,
        IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null,
        ILoggerProvider? logs = null,
        IRecordKeySource? recordKeys = null,
        HttpPipelinePolicy? storagePolicy = null)
        : this(azurite.ConnectionString, settings, clock, logs, recordKeys, storagePolicy)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:ConnectionString"] = connectionString,
        }));
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (recordKeys is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(recordKeys));
        }

        if (storagePolicy is not null)
        {
            // The app's own client options, plus the policy; the server keeps the caller's execution context, so a
            // policy can tell the requests one HTTP call makes from those of background work.
            var options = Knowledge.Shared.StorageServiceCollectionExtensions.ClientOptions();
            options.AddPolicy(storagePolicy, HttpPipelinePosition.PerRetry);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(new TableServiceClient(connectionString, options));
                services.Configure<TestServerOptions>(server => server.PreserveExecutionContext = true);
            });
        }

        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    /// <summary>A client whose every API answer is held to the generated API description (see <see cref="ContractCheckingHandler"/>).</summary>
    public new HttpClient CreateClient() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress });

    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        List<DelegatingHandler> handlers = [];
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        handlers.Add(new ContractCheckingHandler());
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>Serves the app on a real Kestrel port of the loopback interface; returns its address.</summary>
    public string StartKestrel()
    {
        // A listen option rather than UseKestrel(0): the port overload races Kestrel's bind on start
        // ("Addresses cannot be modified after the server has started", dotnet/aspnetcore#67714).
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>A client that waits until the app reports ready (tables created, seeds written).</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/api/health")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The app did not become ready within 30 s.");
            }

            await Task.Delay(100);
        }

        return client;
    }
}
