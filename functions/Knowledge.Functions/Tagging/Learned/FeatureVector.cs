namespace Knowledge.Tagging;

/// <summary>
/// The features of one span as they occurred: each hashed bucket with the word it came from, the weight of one
/// occurrence, and the rule tagger's hits (bit per tag). Reused from span to span so tagging allocates little; scoring
/// runs over the occurrences, training takes the merged sparse form. Not thread-safe.
/// </summary>
internal sealed class FeatureVector
{
    private int[] buckets = new int[512];
    private int[] owners = new int[512];

    public List<Token> Tokens { get; } = [];

    public int Count { get; private set; }

    /// <summary>The bucket of each occurrence, in the first <see cref="Count"/> places.</summary>
    public ReadOnlySpan<int> Buckets => buckets.AsSpan(0, Count);

    /// <summary>The token (index into <see cref="Tokens"/>) each occurrence belongs to.</summary>
    public ReadOnlySpan<int> Owners => owners.AsSpan(0, Count);

    /// <summary>What one occurrence is worth: 1/√Count.</summary>
    public float Unit { get; private set; }

    public int RuleHits { get; private set; }

    public void Clear(int ruleHits)
    {
        Count = 0;
        Unit = 0;
        RuleHits = ruleHits;
    }

    public void Add(int token, int bucket)
    {
        if (Count == buckets.Length)
        {
            Array.Resize(ref buckets, Count * 2);
            Array.Resize(ref owners, Count * 2);
        }
        buckets[Count] = bucket;
        owners[Count] = token;
        Count++;
    }

    public void Add(int token, int[] wordBuckets)
    {
        foreach (var bucket in wordBuckets)
        {
            Add(token, bucket);
        }
    }

    public void Complete() => Unit = Count == 0 ? 0 : (float)(1 / Math.Sqrt(Count));

    /// <summary>
    /// The vector as sorted distinct indices and values: each bucket's occurrences times <see cref="Unit"/>, then 1 at
    /// <paramref name="bucketCount"/> + tag for each rule hit.
    /// </summary>
    public (int[] Indices, float[] Values) ToSparse(int bucketCount, int tagCount)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var bucket in Buckets)
        {
            counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
        }
        var rules = Enumerable.Range(0, tagCount).Where(tag => (RuleHits & (1 << tag)) != 0).ToList();
        int[] indices = [.. counts.Keys, .. rules.Select(tag => bucketCount + tag)];
        float[] values = [.. counts.Values.Select(c => c * Unit), .. rules.Select(_ => 1f)];
        return (indices, values);
    }
}
