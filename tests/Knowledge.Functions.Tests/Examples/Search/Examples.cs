using Knowledge.Examples;
using Knowledge.Reference;
using Knowledge.Shared.Vocabulary;
using Knowledge.Tagging;

namespace Knowledge.Tests.Examples;

/// <summary>Small good examples for search tests: only what a test is about needs saying.</summary>
internal static class Examples
{
    public static readonly DateTimeOffset Day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The shipped catalogue, read as the app reads it at first start.</summary>
    public static IReadOnlyList<GoodExample> Seed() =>
        ExampleSeeder.Load(new ExampleReader(new ReferenceData(), new Codebook(), new ExampleKinds()), Day);

    public static GoodExample Make(
        string slug,
        string title,
        string summary = "En sammanfattning.",
        string body = "En text.",
        string? titleEn = null,
        string? summaryEn = null,
        string? bodyEn = null,
        string kind = "training",
        string[]? challenges = null,
        string[]? counties = null,
        string country = "SE",
        string place = "Norrbotten",
        string[]? actors = null,
        ExampleStatus status = ExampleStatus.Published,
        int daysOld = 0) => new(
            slug,
            new BilingualText(title, titleEn),
            new BilingualText(summary, summaryEn),
            new BilingualText(body, bodyEn),
            new ExamplePlace([], counties ?? ["25"], country, new BilingualText(place, null)),
            kind,
            [2024],
            actors ?? [],
            challenges ?? ["competence"],
            new LocalizedList([], []),
            [],
            status,
            Day.AddDays(-daysOld),
            "test");

    public static LuceneExampleSearch Index(params GoodExample[] examples)
    {
        var search = new LuceneExampleSearch();
        search.Upsert(examples);
        return search;
    }

    public static IReadOnlyList<string> Slugs(this ExampleSearchResult result) => [.. result.Results.Select(r => r.Slug)];
}
