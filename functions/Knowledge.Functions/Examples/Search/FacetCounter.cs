using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Examples;

/// <summary>
/// Counts challenge, kind and county values over every match of the text, each facet with the other facets'
/// filters applied but not its own, so a chosen kind still shows how many matches the other kinds have; matches
/// that pass every filter go on to the collector of hits. One pass over the matches serves both; it reads doc
/// values per segment and loads no stored fields.
/// </summary>
internal sealed class FacetCounter(ICollector hits, string? challenge, string? kind, string? county) : ICollector
{
    private readonly Dictionary<string, int> challenges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> counties = new(StringComparer.Ordinal);
    private readonly BytesRef scratch = new();

    private Segment? segment;

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    /// <summary>Matches that pass every filter.</summary>
    public int Total { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets()
    {
        Flush();
        return new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["challenge"] = challenges,
            ["kind"] = kinds,
            ["county"] = counties,
        };
    }

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        segment = new Segment(context.AtomicReader, challenge, kind, county);
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var s = segment!;
        var kindOrd = s.Kinds.GetOrd(doc);
        var kindPasses = s.WantedKind is not { } wantedKind || kindOrd == wantedKind;
        var challengePasses = Passes(s.Challenges, doc, s.WantedChallenge);
        var countyPasses = Passes(s.Counties, doc, s.WantedCounty);

        if (challengePasses && countyPasses && kindOrd >= 0)
        {
            s.KindCounts[kindOrd]++;
        }
        if (kindPasses && countyPasses)
        {
            Count(s.Challenges, doc, s.ChallengeCounts);
        }
        if (kindPasses && challengePasses)
        {
            Count(s.Counties, doc, s.CountyCounts);
        }
        if (kindPasses && challengePasses && countyPasses)
        {
            Total++;
            hits.Collect(doc);
        }
    }

    private static bool Passes(SortedSetDocValues values, int doc, long? wanted)
    {
        if (wanted is not { } ord)
        {
            return true;
        }
        values.SetDocument(doc);
        for (var next = values.NextOrd(); next != SortedSetDocValues.NO_MORE_ORDS; next = values.NextOrd())
        {
            if (next == ord)
            {
                return true;
            }
        }
        return false;
    }

    private static void Count(SortedSetDocValues values, int doc, int[] counts)
    {
        values.SetDocument(doc);
        for (var next = values.NextOrd(); next != SortedSetDocValues.NO_MORE_ORDS; next = values.NextOrd())
        {
            counts[next]++;
        }
    }

    private void Flush()
    {
        if (segment is not { } s)
        {
            return;
        }
        for (var ord = 0; ord < s.KindCounts.Length; ord++)
        {
            if (s.KindCounts[ord] > 0)
            {
                s.Kinds.LookupOrd(ord, scratch);
                Add(kinds, scratch.Utf8ToString(), s.KindCounts[ord]);
            }
        }
        Flush(s.Challenges, s.ChallengeCounts, challenges);
        Flush(s.Counties, s.CountyCounts, counties);
        segment = null;
    }

    private void Flush(SortedSetDocValues values, int[] counts, Dictionary<string, int> into)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                values.LookupOrd(ord, scratch);
                Add(into, scratch.Utf8ToString(), counts[ord]);
            }
        }
    }

    private static void Add(Dictionary<string, int> counts, string value, int count) =>
        counts[value] = counts.GetValueOrDefault(value) + count;

    /// <summary>One segment's doc values, counts by ordinal, and the filter values as ordinals (-2: absent here, so nothing passes).</summary>
    private sealed class Segment
    {
        public Segment(AtomicReader reader, string? challenge, string? kind, string? county)
        {
            Kinds = reader.GetSortedDocValues(ExampleFields.Kind) ?? DocValues.EMPTY_SORTED;
            Challenges = reader.GetSortedSetDocValues(ExampleFields.Challenge) ?? DocValues.EMPTY_SORTED_SET;
            Counties = reader.GetSortedSetDocValues(ExampleFields.County) ?? DocValues.EMPTY_SORTED_SET;
            KindCounts = new int[Kinds.ValueCount];
            ChallengeCounts = new int[(int)Challenges.ValueCount];
            CountyCounts = new int[(int)Counties.ValueCount];
            WantedKind = kind is null ? null : Absent(Kinds.LookupTerm(new BytesRef(kind)));
            WantedChallenge = challenge is null ? null : Absent(Challenges.LookupTerm(new BytesRef(challenge)));
            WantedCounty = county is null ? null : Absent(Counties.LookupTerm(new BytesRef(county)));
        }

        public SortedDocValues Kinds { get; }

        private static int Absent(int ord) => ord >= 0 ? ord : -2;

        private static long Absent(long ord) => ord >= 0 ? ord : -2;

        public SortedSetDocValues Challenges { get; }

        public SortedSetDocValues Counties { get; }

        public int[] KindCounts { get; }

        public int[] ChallengeCounts { get; }

        public int[] CountyCounts { get; }

        public int? WantedKind { get; }

        public long? WantedChallenge { get; }

        public long? WantedCounty { get; }
    }
}
