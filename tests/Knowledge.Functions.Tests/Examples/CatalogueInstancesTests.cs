using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Examples;

/// <summary>In Azure the Function App scales out, each instance with its own index; here two app instances share one Azurite.</summary>
public sealed class CatalogueInstancesTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> QuickSync = new() { ["Examples:SyncSeconds"] = "0.2" };

    private readonly AzuriteFixture _azurite = new();
    private KnowledgeApp _first = null!;
    private KnowledgeApp _second = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _first = new KnowledgeApp(_azurite, QuickSync);
        _second = new KnowledgeApp(_azurite, QuickSync);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task An_example_written_through_one_instance_is_found_through_the_other()
    {
        var writer = (await _first.CreateReadyClientAsync()).As(Principals.Staff());
        var reader = (await _second.CreateReadyClientAsync()).As(Principals.Office("2580"));
        const string Query = "/api/examples?q=rekryteringsmassa+kalix";
        var before = await SlugsAsync(reader, Query);

        var slug = ExampleBodies.NewSlug();
        (await writer.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug))).EnsureSuccessStatusCode();
        var after = await EventuallyAsync(reader, Query, slugs => slugs.Contains(slug));

        (await writer.DeleteAsync($"/api/examples/{slug}")).EnsureSuccessStatusCode();
        var afterDelete = await EventuallyAsync(reader, Query, slugs => !slugs.Contains(slug));

        Assert.DoesNotContain(slug, before);
        Assert.Contains(slug, after);
        Assert.DoesNotContain(slug, afterDelete);
    }

    private static async Task<List<string>> SlugsAsync(HttpClient client, string query)
    {
        var result = (await client.GetFromJsonAsync<JsonObject>(query))!;
        return [.. result["results"]!.AsArray().Select(r => r!["slug"]!.GetValue<string>())];
    }

    // The other instance checks storage at most every SyncSeconds, so allow it a few rounds.
    private static async Task<List<string>> EventuallyAsync(HttpClient client, string query, Func<List<string>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var slugs = await SlugsAsync(client, query);
            if (done(slugs) || DateTime.UtcNow > deadline)
            {
                return slugs;
            }

            await Task.Delay(100);
        }
    }
}
