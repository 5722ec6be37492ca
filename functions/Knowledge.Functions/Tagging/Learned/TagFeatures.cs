namespace Knowledge.Tagging;

/// <summary>
/// The learned model's features of a span of text, computed by this one class when training and when tagging so the
/// two always match: Swedish and English Snowball stems, pairs of neighbouring stems and character 3–5-grams of each
/// lower-cased word, hashed into <c>2^bits</c> buckets, each occurrence worth 1/√(occurrences in the span) so a long
/// sentence weighs no more than a short one; then one feature per tag the rule tagger found in the span. Thread-safe.
/// </summary>
internal sealed class TagFeatures
{
    private const int MinGram = 3;
    private const int MaxGram = 5;

    // Seeds of the FNV-1a hashes, one per kind of feature so a stem and an n-gram with the same letters differ.
    private const uint StemSeed = 2_166_136_261;
    private const uint GramSeed = 0x9E37_79B9;
    private const uint PairSeed = 0x85EB_CA6B;

    // As many words as the vocabulary caches: a word's stems and grams are hashed once.
    private const int CachedWords = 50_000;

    private readonly Vocabulary vocabulary;
    private readonly int mask;
    private readonly TokenCache<WordFeatures> words;

    public TagFeatures(Vocabulary vocabulary, int bucketBits)
    {
        this.vocabulary = vocabulary;
        Buckets = 1 << bucketBits;
        mask = Buckets - 1;
        words = new TokenCache<WordFeatures>(Analyze, CachedWords);
    }

    public int Buckets { get; }

    /// <summary>The length of a feature vector: the hashed buckets, then one rule signal per tag.</summary>
    public int Length => Buckets + vocabulary.TagNames.Length;

    /// <summary>Fills <paramref name="into"/> with the span's words and their hashed features, and the rules' hits.</summary>
    public void Extract(string text, TextRange span, int ruleHits, FeatureVector into)
    {
        into.Clear(ruleHits);
        Tokenizer.Tokenize(text, span, vocabulary, into.Tokens);
        var tokens = into.Tokens;
        WordFeatures? previous = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = words.Get(tokens[t].Info.Surface);
            into.Add(t, word.Buckets);
            if (previous is not null)
            {
                for (var l = 0; l < word.Stems.Length; l++)
                {
                    into.Add(t, (int)(Mix(previous.Stems[l] ^ PairSeed, word.Stems[l]) & mask));
                }
            }
            previous = word;
        }
        into.Complete();
    }

    private WordFeatures Analyze(string surface)
    {
        var info = vocabulary.Word(surface);
        var stems = new uint[info.Languages.Length];
        var buckets = new List<int>();
        for (var l = 0; l < stems.Length; l++)
        {
            stems[l] = Hash(info.Languages[l].Stem, StemSeed + (uint)l);
            buckets.Add((int)(stems[l] & mask));
        }
        // "<" and ">" mark the word's edges, so a gram at the start of a word differs from one inside it.
        var bounded = $"<{surface}>";
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var i = 0; i + n <= bounded.Length; i++)
            {
                buckets.Add((int)(Hash(bounded.AsSpan(i, n), GramSeed + (uint)n) & mask));
            }
        }
        return new WordFeatures(stems, [.. buckets]);
    }

    // FNV-1a over UTF-16 code units: stable across processes and platforms, unlike string.GetHashCode.
    private static uint Hash(ReadOnlySpan<char> chars, uint seed)
    {
        var hash = seed;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 16_777_619;
        }
        return Mix(hash, 0);
    }

    // Murmur3's finaliser spreads FNV's weak low bits over the bucket mask.
    private static uint Mix(uint a, uint b)
    {
        var h = a ^ (b * 0xCC9E_2D51);
        h ^= h >> 16;
        h *= 0x85EB_CA6B;
        h ^= h >> 13;
        h *= 0xC2B2_AE35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>A word's stem hash per language and the buckets of its stems and character n-grams.</summary>
    private sealed record WordFeatures(uint[] Stems, int[] Buckets);
}
