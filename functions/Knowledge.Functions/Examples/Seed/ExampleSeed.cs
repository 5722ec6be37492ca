using System.Text.Json;
using System.Text.Json.Serialization;

namespace Knowledge.Examples;

/// <summary>The catalogue's first entries as shipped in Examples/Seed/good-examples.json.</summary>
public static class ExampleSeed
{
    /// <summary>Seed entries carry no edit history; one fixed date keeps "newest first" and tests stable.</summary>
    public static readonly DateTimeOffset UpdatedAt = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public const string UpdatedBy = "seed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IReadOnlyList<GoodExample> Load()
    {
        var assembly = typeof(ExampleSeed).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Examples.Seed.good-examples.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Parse(stream);
    }

    public static IReadOnlyList<GoodExample> Parse(Stream json)
    {
        var entries = JsonSerializer.Deserialize<List<SeedEntry>>(json, Json)
            ?? throw new InvalidOperationException("The good-examples seed is empty.");
        return [.. entries.Select(e => e.ToExample())];
    }

    private sealed record SeedEntry(
        string Slug,
        SeedText Title,
        SeedText Summary,
        SeedText Body,
        SeedPlace Place,
        string Kind,
        IReadOnlyList<int>? Years,
        IReadOnlyList<string>? Actors,
        IReadOnlyList<string>? Challenges,
        SeedList? Lessons,
        IReadOnlyList<SeedSource>? Sources,
        ExampleStatus Status = ExampleStatus.Published)
    {
        public GoodExample ToExample() => new(
            Slug,
            Title.ToText(),
            Summary.ToText(),
            Body.ToText(),
            new ExamplePlace(Place.Municipalities ?? [], Place.Counties ?? [], Place.Country, Place.Name.ToText()),
            Kind,
            Years ?? [],
            Actors ?? [],
            Challenges ?? [],
            new LocalizedList(Lessons?.Sv ?? [], Lessons?.En ?? []),
            [.. (Sources ?? []).Select(s => new ExampleSource(s.Title, s.Url))],
            Status,
            UpdatedAt,
            UpdatedBy);
    }

    private sealed record SeedText(string Sv, string? En)
    {
        public LocalizedText ToText() => new(Sv, En);
    }

    private sealed record SeedPlace(IReadOnlyList<string>? Municipalities, IReadOnlyList<string>? Counties, string Country, SeedText Name);

    private sealed record SeedList(IReadOnlyList<string>? Sv, IReadOnlyList<string>? En);

    private sealed record SeedSource(string Title, Uri? Url);
}
