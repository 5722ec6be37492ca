using Azure.Data.Tables;

namespace Knowledge.Tests.Infrastructure;

/// <summary>
/// One Azurite and one app for every test that needs storage; tests keep apart by using their own ids. Record keys are
/// fixed, so published figures of 3 and more are the true counts.
/// </summary>
public sealed class TestEnvironment : IAsyncLifetime
{
    private KnowledgeApp? _app;

    public AzuriteFixture Azurite { get; } = new();

    public KnowledgeApp App => _app ??= new KnowledgeApp(Azurite, recordKeys: FixedRecordKeys.Zero);

    public TableServiceClient Tables => new(Azurite.ConnectionString);

    public async Task<HttpClient> ClientAsync(Knowledge.Access.ClientPrincipal? principal = null) =>
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
}

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<TestEnvironment>
{
    public const string Name = "Storage";
}
