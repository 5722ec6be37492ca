using Knowledge.Audit;

namespace Knowledge.Establishments;

/// <summary>Loads the shipped establishments (Establishments/Seed/establishments.json) and their events into storage the first time the app starts.</summary>
internal sealed class EstablishmentSeeder(IEstablishmentStore store, EstablishmentReader reader, EstablishmentEventReader eventReader, TimeProvider clock) : IStorageSeeder
{
    public const string Actor = "seed";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await store.SeedAsync(Load(reader, eventReader, now), new AuditEntry(now, Actor, "system", "establishments.seed", "establishments", "establishments"), cancellationToken);
    }

    /// <summary>
    /// The shipped establishments, read through the same rules as an edit and an event, so a bad seed fails
    /// at start; each entry is a create body plus its "events".
    /// </summary>
    public static IReadOnlyList<SeedEstablishment> Load(EstablishmentReader reader, EstablishmentEventReader eventReader, DateTimeOffset at)
    {
        var assembly = typeof(EstablishmentSeeder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Establishments.Seed.establishments.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var entries = JsonNode.Parse(stream)?.AsArray() ?? throw new InvalidOperationException("The seed establishments are empty.");
        return [.. entries.Select(entry => Read(entry!.AsObject(), reader, eventReader, at))];
    }

    private static SeedEstablishment Read(JsonObject entry, EstablishmentReader reader, EstablishmentEventReader eventReader, DateTimeOffset at)
    {
        var body = entry.DeepClone().AsObject();
        var events = body["events"]?.AsArray() ?? [];
        body.Remove("events");
        var (input, errors) = JsonBody.Bind(body, EstablishmentRequestBodies.Default.EstablishmentInput);
        var (establishment, readErrors) = input is null ? (null, errors) : reader.Read(input, null, null, Actor, at);
        if (establishment is null)
        {
            throw Invalid(entry, readErrors);
        }

        var recorded = events.Select(e =>
        {
            var (eventInput, eventErrors) = JsonBody.Bind(e!.AsObject(), EstablishmentRequestBodies.Default.EstablishmentEventInput);
            var (read, readEventErrors) = eventInput is null ? (null, eventErrors) : eventReader.Read(eventInput, Actor, at);
            return read ?? throw Invalid(entry, readEventErrors);
        }).ToList();

        // The shipped status must be the one its latest status event gives, as if the events had been added one by one.
        var latest = recorded.Where(r => r.Event.Status is not null).MaxBy(r => r.Event.Date);
        if (latest is not null && latest.Event.Status != establishment.Status)
        {
            throw new InvalidOperationException($"Seed establishment {establishment.Slug} has status {establishment.Status} but its latest status event says {latest.Event.Status}.");
        }

        // A seed entry's name is the one it was created with; its renaming events, applied as if added one by one,
        // give the name shown and record the names they replaced.
        var name = establishment.Name;
        var applied = new List<RecordedEvent>();
        foreach (var r in recorded.OrderBy(r => r.Event.Date))
        {
            (name, var named) = EstablishmentNames.Apply(name, applied.Select(a => a.Event), r.Event);
            applied.Add(r with { Event = named });
        }

        return new SeedEstablishment(establishment with { Name = name, Events = [.. applied.Select(r => r.Event)] }, applied);
    }

    private static InvalidOperationException Invalid(JsonObject entry, IDictionary<string, string[]> errors) =>
        new($"Seed establishment {entry["slug"]} is invalid: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"))}");
}
