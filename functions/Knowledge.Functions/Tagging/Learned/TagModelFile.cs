namespace Knowledge.Tagging;

/// <summary>
/// The shipped model file (Tagging/Learned/tag-model.json), written by tools/Knowledge.TrainTagger. The app reads the
/// version, the feature size and the tags; <see cref="Training"/> records the corpus and the figures for people.
/// </summary>
internal sealed record TagModelFile(string Version, int BucketBits, IReadOnlyList<TagModelFile.TagWeights> Tags, JsonObject Training)
{
    /// <summary>
    /// One tag's linear model: score = Bias + Σ weight·feature, probability = 1 / (1 + e^-(Slope·score + Offset))
    /// (Platt), and the probability from which the model alone sets the tag. Weights holds the non-zero weights as
    /// base64 of little-endian (int32 index, float32 weight) pairs.
    /// </summary>
    public sealed record TagWeights(string Tag, float Bias, double Slope, double Offset, double Threshold, string Weights);
}
