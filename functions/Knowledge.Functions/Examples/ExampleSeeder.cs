using Knowledge.Audit;

namespace Knowledge.Examples;

/// <summary>
/// Loads the shipped catalogue (Examples/Seed/good-examples.json) into storage the first time the app starts, and
/// builds this instance's search index before the app reports ready.
/// </summary>
internal sealed class ExampleSeeder(IExampleStore store, ExampleReader reader, CatalogueIndex index, TimeProvider clock) : IStorageSeeder
{
    public const string Actor = "seed";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var examples = Load(reader, now);
        await store.SeedAsync(examples, new AuditEntry(now, Actor, "system", "catalogue.seed", "examples", "catalogue"), cancellationToken);
        await index.CatchUpAsync(force: true, cancellationToken);
    }

    /// <summary>The shipped examples, read through the same rules as an edit, so a bad seed fails at start.</summary>
    public static IReadOnlyList<GoodExample> Load(ExampleReader reader, DateTimeOffset updatedAt)
    {
        var assembly = typeof(ExampleSeeder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Examples.Seed.good-examples.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var entries = JsonNode.Parse(stream)?.AsArray() ?? throw new InvalidOperationException("The seed catalogue is empty.");
        return [.. entries.Select(entry =>
        {
            var (input, errors) = JsonBody.Bind(entry!.AsObject(), ExampleRequestBodies.Default.ExampleInput);
            var (example, readErrors) = input is null ? (null, errors) : reader.Read(input, null, Actor, updatedAt);
            return example ?? throw new InvalidOperationException(
                $"Seed example {entry["slug"]} is invalid: {string.Join("; ", readErrors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"))}");
        })];
    }
}
