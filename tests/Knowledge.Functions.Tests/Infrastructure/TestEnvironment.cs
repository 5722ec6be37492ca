using Azure.Data.Tables;

namespace Knowledge.Tests.Infrastructure;

/// <summary>
/// One Azurite and one app for every test that needs storage; tests keep apart by using their own ids. Record keys are
/// fixed, so published figures of 3 and more are the true counts.
/// </summary>
public class TestEnvironment : IAsyncLifetime
{
    private KnowledgeApp? _app;

    public AzuriteFixture Azurite { get; } = new();

    public KnowledgeApp App => _app ??= CreateApp();

    public TableServiceClient Tables => new(Azurite.ConnectionString);

    public async Task<HttpClient> ClientAsync(Knowledge.Shared.Http.ClientPrincipal? principal = null) =>
        (await App.CreateReadyClientAsync()).As(principal);

    public Task InitializeAsync() => Azurite.InitializeAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Azurite.DisposeAsync();
    }

    // A retrain queued here (the access matrix queues one) must not promote a model under every other test's notes.
    protected virtual KnowledgeApp CreateApp() =>
        new(Azurite, settings: new Dictionary<string, string?> { ["AzureWebJobs.TagModels_RetrainJob.Disabled"] = "true" }, recordKeys: FixedRecordKeys.Zero);
}

/// <summary>The same with retrains running, for the tests of the loop from reviews to a promoted model.</summary>
public sealed class RetrainEnvironment : TestEnvironment
{
    protected override KnowledgeApp CreateApp() => new(Azurite, recordKeys: FixedRecordKeys.Zero);
}

/// <summary>The same with the app on a real Kestrel port, for what only a real server shows: its limits, the request line as sent.</summary>
public sealed class KestrelEnvironment : TestEnvironment
{
    private Uri? _address;

    /// <summary>Where the app listens; it starts on first use.</summary>
    public Uri Address
    {
        get
        {
            _ = App;
            return _address!;
        }
    }

    protected override KnowledgeApp CreateApp()
    {
        var app = base.CreateApp();
        _address = new Uri(app.StartKestrel());
        return app;
    }
}

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<TestEnvironment>
{
    public const string Name = "Storage";
}
