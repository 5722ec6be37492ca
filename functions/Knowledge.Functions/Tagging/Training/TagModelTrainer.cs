using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Knowledge.Tagging.Training;

/// <summary>
/// Trains the tag model: per tag an ML.NET SDCA logistic regression on the train split over <see cref="TagFeatures"/>,
/// Platt-calibrated on out-of-fold scores of the train split, with per tag the lowest threshold at which the model's
/// additions to the rules are at least <see cref="TrainingSettings.MinPrecision"/> precise on the dev split.
/// The test split is never read here.
/// </summary>
internal sealed class TagModelTrainer(TrainingSettings settings)
{
    private const double LowestThreshold = 0.5;
    private const double ThresholdStep = 0.01;

    // 1 keeps the model out: a probability reaches it only at a score no linear model here produces.
    private const double RulesOnly = 1.0;

    private readonly DefaultTagger rules = new();

    /// <summary>
    /// Trains on the train split and, when given, reviewed notes (masked text with the tags staff confirmed), which
    /// count as train statements. <paramref name="progress"/> hears the share of the tags trained so far.
    /// </summary>
    public TagModelFile Train(SplitCorpus corpus, string corpusHash, IReadOnlyList<CorpusStatement>? reviews = null, IProgress<double>? progress = null)
    {
        var tags = rules.Vocabulary.TagNames;
        var features = new TagFeatures(rules.Vocabulary, settings.BucketBits);
        IReadOnlyList<CorpusStatement> statements = [.. corpus.Train, .. reviews ?? []];
        var train = statements.Select((s, i) => Featurize(s, features, i < corpus.Train.Count ? 1f : settings.ReviewWeight)).ToList();
        var folds = Folds(statements);
        var weights = new List<TagModelFile.TagWeights>();
        for (var tag = 0; tag < tags.Length; tag++)
        {
            var labels = statements.Select(s => s.Tags.Contains(tags[tag])).ToList();
            var (dense, bias) = Fit(train, labels, features.Length);
            var (slope, offset) = Calibrate(train, labels, folds, features.Length);
            weights.Add(new TagModelFile.TagWeights(tags[tag], bias, slope, offset, LowestThreshold, TagModel.EncodeWeights(dense)));
            progress?.Report((tag + 1.0) / tags.Length);
        }

        var thresholds = ChooseThresholds(new TagModel(new TagModelFile("candidate", settings.BucketBits, weights, [])), corpus.Dev);
        weights = [.. weights.Select((w, tag) => w with { Threshold = thresholds[tag] })];
        var version = Version(corpusHash, weights);
        var model = new TagModel(new TagModelFile(version, settings.BucketBits, weights, []));
        var tagger = new CombinedTagger(rules, model);
        var training = new JsonObject
        {
            ["corpus"] = new JsonObject
            {
                ["sha256"] = corpusHash,
                ["train"] = Describe(corpus.Train),
                ["dev"] = Describe(corpus.Dev),
                ["test"] = Describe(corpus.Test),
                ["reviews"] = reviews?.Count ?? 0,
            },
            ["settings"] = JsonSerializer.SerializeToNode(settings, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
            ["figures"] = new JsonObject
            {
                ["train"] = Figures(TaggerEvaluation.Run(tagger, tags, corpus.Train)),
                ["dev"] = Figures(TaggerEvaluation.Run(tagger, tags, corpus.Dev)),
            },
        };
        return new TagModelFile(version, settings.BucketBits, weights, training);
    }

    private Example Featurize(CorpusStatement statement, TagFeatures features, float weight)
    {
        var tags = rules.Vocabulary.TagNames;
        var ruleHits = rules.Tag(statement.Text).Tags.Aggregate(0, (mask, t) => mask | (1 << Array.IndexOf(tags, t.Tag)));
        var vector = new FeatureVector();
        features.Extract(statement.Text, new TextRange(0, statement.Text.Length), ruleHits, vector);
        var (indices, values) = vector.ToSparse(features.Buckets, tags.Length);
        return new Example(indices, values, weight);
    }

    private (float[] Weights, float Bias) Fit(IReadOnlyList<Example> examples, IReadOnlyList<bool> labels, int length)
    {
        var ml = new MLContext(settings.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        var rows = examples.Select((e, i) => new Row
        {
            Label = labels[i],
            Weight = e.Weight,
            Features = new VBuffer<float>(length, e.Indices.Length, e.Values, e.Indices),
        });
        var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L2Regularization = settings.L2Regularization,
            L1Regularization = 0,
            MaximumNumberOfIterations = settings.Iterations,
            ConvergenceTolerance = 1e-4f,
            NumberOfThreads = 1,
        });
        var linear = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema)).Model.SubModel;
        return ([.. linear.Weights], linear.Bias);
    }

    // Scores each train statement with a model that did not see its fold, so the calibration learns how scores of
    // unseen text behave rather than how confidently the model recalls its own training data.
    private (double Slope, double Offset) Calibrate(IReadOnlyList<Example> examples, IReadOnlyList<bool> labels, int[] folds, int length)
    {
        var scores = new double[examples.Count];
        for (var fold = 0; fold < settings.CalibrationFolds; fold++)
        {
            var inFold = Enumerable.Range(0, examples.Count).Where(i => folds[i] != fold).ToList();
            var (weights, bias) = Fit([.. inFold.Select(i => examples[i])], [.. inFold.Select(i => labels[i])], length);
            for (var i = 0; i < examples.Count; i++)
            {
                if (folds[i] == fold)
                {
                    scores[i] = bias + examples[i].Indices.Select((index, k) => (double)weights[index] * examples[i].Values[k]).Sum();
                }
            }
        }
        return PlattScaling.Fit(scores, labels);
    }

    // Folds by original statement, so a translation never lands in another fold than the line it translates.
    private int[] Folds(IReadOnlyList<CorpusStatement> statements)
    {
        var byId = statements.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var originals = statements.Select(s => CorpusSplits.Original(s, byId).Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var shuffled = originals.OrderBy(id => Stable(id)).Select((id, i) => (id, fold: i % settings.CalibrationFolds)).ToDictionary(p => p.id, p => p.fold);
        return [.. statements.Select(s => shuffled[CorpusSplits.Original(s, byId).Id])];
    }

    // The model is there to add what the rules miss. Per tag the lowest threshold wins at which, on dev, the model's
    // additions (statements the rules did not tag) are at least MinPrecision precise and the combined F1 is no lower
    // than the rules' alone. A threshold is a calibrated probability, so 0.5 is even odds and never goes lower.
    private double[] ChooseThresholds(TagModel candidate, IReadOnlyList<CorpusStatement> dev)
    {
        var tagger = new CombinedTagger(rules, candidate);
        var verdicts = dev.Select(s => (Gold: s.Tags, Verdicts: tagger.Verdicts(s.Text))).ToList();
        var thresholds = new double[candidate.Tags.Length];
        for (var tag = 0; tag < thresholds.Length; tag++)
        {
            var rulesAlone = new TagCounts();
            foreach (var (gold, tagVerdicts) in verdicts)
            {
                rulesAlone.Add(gold.Contains(tagVerdicts[tag].Tag), tagVerdicts[tag].Rule);
            }

            thresholds[tag] = RulesOnly;
            for (var threshold = LowestThreshold; threshold < RulesOnly; threshold = Math.Round(threshold + ThresholdStep, 2))
            {
                var (additions, combined) = (new TagCounts(), new TagCounts());
                foreach (var (gold, tagVerdicts) in verdicts)
                {
                    var verdict = tagVerdicts[tag];
                    var expected = gold.Contains(verdict.Tag);
                    combined.Add(expected, verdict.Rule || verdict.Probability >= threshold);
                    if (!verdict.Rule)
                    {
                        additions.Add(expected, verdict.Probability >= threshold);
                    }
                }
                if (additions.Precision >= settings.MinPrecision && combined.F1 >= rulesAlone.F1)
                {
                    thresholds[tag] = threshold;
                    break;
                }
            }
        }
        return thresholds;
    }

    private static JsonObject Describe(IReadOnlyList<CorpusStatement> statements) => new()
    {
        ["statements"] = statements.Count,
        ["documents"] = new JsonArray([.. statements.Select(s => s.Source.Document).Distinct().Order(StringComparer.Ordinal).Select(d => (JsonNode)d)]),
    };

    /// <summary>Per variant, per tag precision, recall, F1 and the number of gold statements, and macro-F1.</summary>
    public static JsonObject Figures(TaggerEvaluation evaluation)
    {
        var figures = new JsonObject();
        foreach (var variant in Enum.GetValues<Variant>())
        {
            var tags = new JsonObject();
            foreach (var tag in evaluation.Tags)
            {
                var c = evaluation.Counts(variant, tag);
                tags[tag] = new JsonObject
                {
                    ["precision"] = Math.Round(c.Precision, 3),
                    ["recall"] = Math.Round(c.Recall, 3),
                    ["f1"] = Math.Round(c.F1, 3),
                    ["gold"] = c.TruePositives + c.FalseNegatives,
                };
            }
            figures[variant.ToString().ToLowerInvariant()] = new JsonObject { ["tags"] = tags, ["macroF1"] = Math.Round(evaluation.MacroF1(variant), 3) };
        }
        return figures;
    }

    private static string Version(string corpusHash, IEnumerable<TagModelFile.TagWeights> weights)
    {
        var content = corpusHash + string.Concat(weights.Select(w =>
            string.Create(CultureInfo.InvariantCulture, $"{w.Tag} {w.Bias:R} {w.Slope:R} {w.Offset:R} {w.Threshold:R} {w.Weights}\n")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..8];
    }

    private static uint Stable(string id) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    private sealed record Example(int[] Indices, float[] Values, float Weight);

    private sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
