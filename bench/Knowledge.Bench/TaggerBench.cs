using System.Diagnostics;
using System.Globalization;
using Knowledge.Tagging;

namespace Knowledge.Bench;

/// <summary>Notes per second on one thread, for ~1 KB notes: the rules alone, and the offline default (rules and model).</summary>
internal static class TaggerBench
{
    public static void Run(double seconds)
    {
        const int Seed = 20_250_601;
        var notes = NoteGenerator.Generate(count: 2_000, seed: Seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{notes.Count} notes, {notes.Average(n => n.Length):0} characters on average, seed {Seed}"));
        var rules = new DefaultTagger();
        Run(rules, notes, seconds);
        Run(new CombinedTagger(rules), notes, seconds);
    }

    private static void Run(ITagger tagger, IReadOnlyList<string> notes, double seconds)
    {
        Console.WriteLine(tagger.Name);

        // Warm-up: loads the vocabulary and the model, fills the word cache and lets the JIT tier up.
        var cold = Stopwatch.StartNew();
        var tags = 0L;
        foreach (var note in notes)
        {
            tags += Tag(note);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {notes.Count} notes in {cold.Elapsed.TotalMilliseconds:0} ms, {(double)tags / notes.Count:0.0} tags per note"));
        for (var round = 0; round < 3; round++)
        {
            foreach (var note in notes)
            {
                Tag(note);
            }
        }

        var collections = GC.CollectionCount(0);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var iterations = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 500; i++, iterations++)
            {
                Tag(notes[(int)(iterations % notes.Count)]);
            }
        }
        clock.Stop();

        var perSecond = iterations / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{iterations} notes in {clock.Elapsed.TotalSeconds:0.00} s on one thread: {perSecond:0} notes/s, {1e6 / perSecond:0.0} µs/note, " +
            $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)iterations:0} bytes allocated/note, {GC.CollectionCount(0) - collections} gen0 GCs"));

        int Tag(string note) => tagger.TagAsync(note, CancellationToken.None).GetAwaiter().GetResult().Tags.Count;
    }
}
