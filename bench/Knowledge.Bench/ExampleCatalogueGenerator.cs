using Knowledge.Examples;
using Knowledge.Shared.Vocabulary;

namespace Knowledge.Bench;

/// <summary>
/// A catalogue of synthetic good examples made of the seed's own words, so terms, compounds and lengths look like
/// the real catalogue's. Seeded, so every run indexes the same entries.
/// </summary>
internal static class ExampleCatalogueGenerator
{
    private static readonly string[] Kinds = ["anchor_establishment", "collaboration", "training", "research_facility", "research_finding", "innovation_hub", "buyer_practice", "regional_study", "planning", "crisis_lessons", "support_initiative"];
    private static readonly string[] Challenges = ["competence", "timing", "infrastructure", "procurement", "financing", "transition_requirements", "growth_willingness"];
    private static readonly string[] Counties = ["25", "24", "22", "23", "12", "01", "14", "US", "FI", "INT"];

    public static IReadOnlyList<GoodExample> Generate(IReadOnlyList<GoodExample> seed, int count, int randomSeed)
    {
        var random = new Random(randomSeed);
        var swedish = Words(seed.SelectMany(e => new[] { e.Title.Sv, e.Summary.Sv, e.Body.Sv }.Concat(e.Lessons.Sv)));
        var english = Words(seed.SelectMany(e => new[] { e.Title.En, e.Summary.En, e.Body.En }.Concat(e.Lessons.En)));
        var actors = seed.SelectMany(e => e.Actors).Distinct().ToArray();
        var places = seed.Select(e => e.Place.Name.Sv).Distinct().ToArray();

        var examples = new List<GoodExample>(count);
        for (var i = 0; i < count; i++)
        {
            var county = Pick(random, Counties);
            var abroad = county.Length == 2 && char.IsLetter(county[0]);
            examples.Add(new GoodExample(
                $"synthetic-{i:00000}",
                new BilingualText(Sentence(random, swedish, 4, 9), Sentence(random, english, 4, 9)),
                new BilingualText(Sentence(random, swedish, 20, 40), Sentence(random, english, 20, 40)),
                new BilingualText(Paragraphs(random, swedish), Paragraphs(random, english)),
                new ExamplePlace([], abroad ? [] : [county], abroad ? county : "SE", new BilingualText(Pick(random, places), null)),
                Pick(random, Kinds),
                [2015 + random.Next(11)],
                [.. Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Pick(random, actors))],
                [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(random, Challenges)).Distinct()],
                new LocalizedList([.. Enumerable.Range(0, random.Next(4)).Select(_ => Sentence(random, swedish, 10, 20))], [Sentence(random, english, 10, 20)]),
                [],
                random.Next(20) == 0 ? ExampleStatus.Draft : ExampleStatus.Published,
                ExampleSearchBench.SeedDate.AddMinutes(-i),
                "bench"));
        }
        return examples;
    }

    /// <summary>The words of the given texts, as often as they occur, so common words stay common.</summary>
    public static string[] Words(IEnumerable<string?> texts) =>
        [.. texts.OfType<string>().SelectMany(t => t.Split([' ', '\n', ',', '.', '(', ')', '*', ':', ';', '–', '"'], StringSplitOptions.RemoveEmptyEntries))];

    private static string Paragraphs(Random random, string[] words) =>
        string.Join("\n\n", Enumerable.Range(0, 2 + random.Next(4)).Select(_ => Sentence(random, words, 30, 60)));

    private static string Sentence(Random random, string[] words, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pick(random, words))) + ".";

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
