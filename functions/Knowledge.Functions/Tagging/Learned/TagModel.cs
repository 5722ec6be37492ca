using System.Buffers.Binary;

namespace Knowledge.Tagging;

/// <summary>The learned one-vs-rest linear models, one per tag, ready to score feature vectors. Immutable.</summary>
internal sealed class TagModel
{
    private const int PairBytes = 8;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Feature-major ([index * tags + tag]) so one feature's weights for every tag share a cache line.
    private readonly float[] weights;
    private readonly float[] biases;
    private readonly double[] slopes;
    private readonly double[] offsets;

    public TagModel(TagModelFile file)
    {
        Version = file.Version;
        BucketBits = file.BucketBits;
        Tags = [.. file.Tags.Select(t => t.Tag)];
        Thresholds = [.. file.Tags.Select(t => t.Threshold)];
        biases = [.. file.Tags.Select(t => t.Bias)];
        slopes = [.. file.Tags.Select(t => t.Slope)];
        offsets = [.. file.Tags.Select(t => t.Offset)];
        var length = (1 << BucketBits) + Tags.Length;
        weights = new float[length * Tags.Length];
        for (var tag = 0; tag < Tags.Length; tag++)
        {
            var pairs = Convert.FromBase64String(file.Tags[tag].Weights);
            for (var p = 0; p + PairBytes <= pairs.Length; p += PairBytes)
            {
                var index = BinaryPrimitives.ReadInt32LittleEndian(pairs.AsSpan(p));
                weights[(index * Tags.Length) + tag] = BinaryPrimitives.ReadSingleLittleEndian(pairs.AsSpan(p + 4));
            }
        }
    }

    public static Lazy<TagModel> Embedded { get; } = new(LoadEmbedded);

    public string Version { get; }

    public int BucketBits { get; }

    /// <summary>Tag names, in the order of the rule tagger's vocabulary (the rule signals' order).</summary>
    public string[] Tags { get; }

    /// <summary>Per tag, the probability from which the model alone sets the tag (chosen on the dev split).</summary>
    public double[] Thresholds { get; }

    public static TagModelFile Read(Stream stream) =>
        JsonSerializer.Deserialize<TagModelFile>(stream, Json) ?? throw new InvalidOperationException("The tag model file is empty.");

    public static void Write(TagModelFile file, Stream stream) =>
        JsonSerializer.Serialize(stream, file, new JsonSerializerOptions(Json) { WriteIndented = true });

    /// <summary>Encodes weights the way <see cref="TagModelFile.TagWeights.Weights"/> holds them, leaving out zeros.</summary>
    public static string EncodeWeights(IReadOnlyList<float> dense)
    {
        var pairs = new List<byte>();
        Span<byte> pair = stackalloc byte[PairBytes];
        for (var i = 0; i < dense.Count; i++)
        {
            if (dense[i] != 0)
            {
                BinaryPrimitives.WriteInt32LittleEndian(pair, i);
                BinaryPrimitives.WriteSingleLittleEndian(pair[4..], dense[i]);
                pairs.AddRange(pair);
            }
        }
        return Convert.ToBase64String([.. pairs]);
    }

    public float Weight(int index, int tag) => weights[(index * Tags.Length) + tag];

    /// <summary>Sets each tag's score for the vector: its bias plus the weighted features.</summary>
    public void Score(FeatureVector vector, Span<double> scores)
    {
        var tags = Tags.Length;
        Span<float> sums = stackalloc float[tags];
        foreach (var bucket in vector.Buckets)
        {
            var row = weights.AsSpan(bucket * tags, tags);
            for (var tag = 0; tag < tags; tag++)
            {
                sums[tag] += row[tag];
            }
        }
        var rules = 1 << BucketBits;
        for (var tag = 0; tag < tags; tag++)
        {
            scores[tag] = biases[tag] + (vector.Unit * sums[tag]);
            for (var hit = 0; hit < tags; hit++)
            {
                if ((vector.RuleHits & (1 << hit)) != 0)
                {
                    scores[tag] += weights[((rules + hit) * tags) + tag];
                }
            }
        }
    }

    public double Probability(int tag, double score) => 1 / (1 + Math.Exp(-((slopes[tag] * score) + offsets[tag])));

    private static TagModel LoadEmbedded()
    {
        var assembly = typeof(TagModel).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Tagging.Learned.tag-model.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return new TagModel(Read(stream));
    }
}
