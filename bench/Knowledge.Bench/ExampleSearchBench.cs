using System.Diagnostics;
using System.Globalization;
using Knowledge.Examples;
using Knowledge.Reference;
using Knowledge.Tagging;

namespace Knowledge.Bench;

/// <summary>Query time of LuceneExampleSearch over 10,000 synthetic examples: plain, fuzzy, phrase, filtered and empty-text searches.</summary>
internal static class ExampleSearchBench
{
    public static readonly DateTimeOffset SeedDate = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Run(int entries, int queriesPerKind)
    {
        const int Seed = 20_261_201;
        var seed = ExampleSeeder.Load(new ExampleReader(new ReferenceData(), new Codebook(), new ExampleKinds()), SeedDate);
        var catalogue = ExampleCatalogueGenerator.Generate(seed, entries, Seed);
        using var search = new LuceneExampleSearch();
        var clock = Stopwatch.StartNew();
        search.Upsert(catalogue.Concat(seed));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entries + seed.Count} examples indexed in {clock.Elapsed.TotalMilliseconds:0} ms, seed {Seed}"));

        var random = new Random(Seed);
        var words = ExampleCatalogueGenerator.Words(seed.SelectMany(e => new[] { e.Title.Sv, e.Summary.Sv, e.Title.En, e.Summary.En }))
            .Where(w => w.Length >= 4).Select(w => w.Trim('\'', '’')).ToArray();
        var kinds = new Dictionary<string, Func<ExampleQuery>>
        {
            ["plain"] = () => new(Words(random, words, 1 + random.Next(3))),
            ["fuzzy"] = () => new(Misspell(random, Words(random, words, 1 + random.Next(2)))),
            ["phrase"] = () => new($"\"{Words(random, words, 2)}\""),
            ["filtered"] = () => new(Words(random, words, 1 + random.Next(2)), Kind: random.Next(2) == 0 ? "training" : null, County: "25", Challenge: random.Next(2) == 0 ? "competence" : null),
            ["empty"] = () => new(null, County: random.Next(2) == 0 ? "24" : null, Page: 1 + random.Next(3)),
        };

        // Warm-up: lets the JIT tier up and fills Lucene's caches.
        for (var i = 0; i < 300; i++)
        {
            foreach (var make in kinds.Values)
            {
                search.Search(make());
            }
        }

        var all = new List<double>();
        foreach (var (kind, make) in kinds)
        {
            var times = new List<double>(queriesPerKind);
            long hits = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < queriesPerKind; i++)
            {
                var query = make();
                var started = Stopwatch.GetTimestamp();
                hits += search.Search(query).Total;
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            // CPU time per query is what the wall clock shows on an idle machine; it stays honest when the machine is busy.
            var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / queriesPerKind;
            all.AddRange(times);
            Report(kind, times, (double)hits / queriesPerKind, cpuPerQuery);
        }
        Report("all", all, double.NaN, double.NaN);
    }

    private static void Report(string kind, List<double> times, double averageTotal, double cpuPerQuery)
    {
        times.Sort();
        var matches = double.IsNaN(averageTotal) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {averageTotal:0} matches on average, {cpuPerQuery:0.00} ms CPU per query");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind,-8} {times.Count} queries: p50 {Percentile(times, 0.50):0.00} ms, p95 {Percentile(times, 0.95):0.00} ms, p99 {Percentile(times, 0.99):0.00} ms{matches}"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static string Words(Random random, string[] words, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));

    /// <summary>One typo in the longest word: a letter dropped, doubled or swapped with its neighbour.</summary>
    private static string Misspell(Random random, string text)
    {
        var parts = text.Split(' ');
        var longest = Array.IndexOf(parts, parts.MaxBy(p => p.Length));
        var word = parts[longest];
        var at = 1 + random.Next(Math.Max(1, word.Length - 2));
        parts[longest] = random.Next(3) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, word[at].ToString()),
            _ => at + 1 < word.Length ? string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)) : word,
        };
        return string.Join(' ', parts);
    }
}
