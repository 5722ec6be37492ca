namespace Knowledge.Tagging;

/// <summary>
/// The offline default: the rule tagger and the learned model side by side. Each sentence is scored by the model (with
/// the rules' hits in it as features); per tag the note's probability is its best sentence's. A tag holds when the rules
/// find it or the probability reaches the tag's threshold. Evidence is the rules' where they found the tag, else the
/// best sentence's most heavily weighted words. Deterministic and thread-safe; register it as a singleton.
/// </summary>
public sealed class CombinedTagger : ITagger
{
    private const int EvidenceTerms = 3;

    [ThreadStatic]
    private static Workspace? workspace;

    private readonly DefaultTagger rules;
    private readonly PromotedTagModel models;

    // The model in use and its features, replaced together when another model is promoted.
    private volatile Loaded loaded;

    public CombinedTagger(DefaultTagger rules)
        : this(rules, new PromotedTagModel())
    {
    }

    public CombinedTagger(DefaultTagger rules, PromotedTagModel models)
    {
        this.rules = rules;
        this.models = models;
        loaded = Load(models.Current);
    }

    internal CombinedTagger(DefaultTagger rules, TagModel model)
        : this(rules, new PromotedTagModel(model))
    {
    }

    /// <summary>"knowledge-default/2.0+model-&lt;version&gt;": every machine tag records the tagger and the model version.</summary>
    public string Name => NameOf(models.Version);

    public static string NameOf(string modelVersion) => $"knowledge-default/2.0+model-{modelVersion}";

    public Task<TaggingResult> TagAsync(string maskedText, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Tag(maskedText));
    }

    /// <summary>Refuses a model trained for other tags than the vocabulary's, before it is ever used.</summary>
    internal static void CheckFits(TagModel model, Vocabulary vocabulary)
    {
        if (!model.Tags.SequenceEqual(vocabulary.TagNames))
        {
            throw new InvalidOperationException($"The tag model {model.Version} was trained for other tags than the vocabulary's.");
        }
    }

    internal TaggingResult Tag(string text)
    {
        var current = Current();
        var model = current.Model;
        var work = Judge(text, current);
        var tags = new List<SuggestedTag>();
        for (var tag = 0; tag < model.Tags.Length; tag++)
        {
            if (work.Verdicts[tag].Combined)
            {
                var evidence = work.RuleTags[tag]?.Evidence ?? ModelEvidence(text, work, tag, current);
                tags.Add(new SuggestedTag(model.Tags[tag], Math.Round(work.Verdicts[tag].Probability, 3), evidence));
            }
        }
        tags.Sort((a, b) => b.Confidence != a.Confidence
            ? b.Confidence.CompareTo(a.Confidence)
            : string.CompareOrdinal(a.Tag, b.Tag));
        return new TaggingResult(NameOf(model.Version), tags);
    }

    /// <summary>Per tag, in the model's tag order: the rules' verdict, the model's probability and the combination.</summary>
    internal IReadOnlyList<TagVerdict> Verdicts(string text) => [.. Judge(text, Current()).Verdicts];

    private Loaded Current()
    {
        var current = loaded;
        var model = models.Current;
        return ReferenceEquals(current.Model, model) ? current : loaded = Load(model);
    }

    private Loaded Load(TagModel model)
    {
        CheckFits(model, rules.Vocabulary);
        return new Loaded(model, new TagFeatures(rules.Vocabulary, model.BucketBits));
    }

    private Workspace Judge(string text, Loaded current)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (model, features) = (current.Model, current.Features);
        var work = workspace ??= new Workspace();
        work.Reset(model.Tags.Length);
        var found = rules.Tag(text);
        SentenceSplitter.SplitInto(text, work.Sentences);
        var ruleHits = work.RuleHits;
        for (var s = 0; s < work.Sentences.Count; s++)
        {
            ruleHits.Add(0);
        }
        foreach (var suggested in found.Tags)
        {
            var tag = Array.IndexOf(model.Tags, suggested.Tag);
            work.RuleTags[tag] = suggested;
            foreach (var evidence in suggested.Evidence)
            {
                ruleHits[SentenceOf(work.Sentences, evidence.Start)] |= 1 << tag;
            }
        }
        Span<double> scores = stackalloc double[model.Tags.Length];
        for (var s = 0; s < work.Sentences.Count; s++)
        {
            features.Extract(text, work.Sentences[s], ruleHits[s], work.Vector);
            model.Score(work.Vector, scores);
            for (var tag = 0; tag < scores.Length; tag++)
            {
                var probability = model.Probability(tag, scores[tag]);
                if (probability > work.Verdicts[tag].Probability)
                {
                    work.Verdicts[tag] = work.Verdicts[tag] with { Probability = probability };
                    work.BestSentence[tag] = s;
                }
            }
        }
        for (var tag = 0; tag < model.Tags.Length; tag++)
        {
            var rule = work.RuleTags[tag] is not null;
            var probability = work.Verdicts[tag].Probability;
            work.Verdicts[tag] = new TagVerdict(model.Tags[tag], rule, probability, rule || probability >= model.Thresholds[tag]);
        }
        return work;
    }

    // The sentence's words whose features add most to the tag's score, in text order.
    private static List<TagEvidence> ModelEvidence(string text, Workspace work, int tag, Loaded current)
    {
        var (model, features) = (current.Model, current.Features);
        var sentence = work.Sentences[work.BestSentence[tag]];
        features.Extract(text, sentence, work.RuleHits[work.BestSentence[tag]], work.Vector);
        var vector = work.Vector;
        var weights = new double[vector.Tokens.Count];
        var owners = vector.Owners;
        var buckets = vector.Buckets;
        for (var i = 0; i < vector.Count; i++)
        {
            weights[owners[i]] += vector.Unit * model.Weight(buckets[i], tag);
        }
        var sentenceText = text[sentence.Start..sentence.End];
        return [.. Enumerable.Range(0, weights.Length)
            .Where(t => weights[t] > 0)
            .OrderByDescending(t => weights[t])
            .Take(EvidenceTerms)
            .Order()
            .Select(t => new TagEvidence(vector.Tokens[t].Start, vector.Tokens[t].End, sentenceText))];
    }

    private static int SentenceOf(List<TextRange> sentences, int position)
    {
        for (var s = sentences.Count - 1; s > 0; s--)
        {
            if (sentences[s].Start <= position)
            {
                return s;
            }
        }
        return 0;
    }

    private sealed record Loaded(TagModel Model, TagFeatures Features);

    private sealed class Workspace
    {
        public List<TextRange> Sentences { get; } = [];

        public FeatureVector Vector { get; } = new();

        public List<int> RuleHits { get; } = [];

        public TagVerdict[] Verdicts { get; private set; } = [];

        public SuggestedTag?[] RuleTags { get; private set; } = [];

        public int[] BestSentence { get; private set; } = [];

        public void Reset(int tags)
        {
            if (Verdicts.Length != tags)
            {
                Verdicts = new TagVerdict[tags];
                RuleTags = new SuggestedTag?[tags];
                BestSentence = new int[tags];
            }
            Array.Clear(Verdicts);
            Array.Clear(RuleTags);
            Array.Clear(BestSentence);
            RuleHits.Clear();
        }
    }
}

/// <summary>One tag's verdicts on a text: the rules', the model's probability, and whether the combined tagger sets it.</summary>
internal readonly record struct TagVerdict(string Tag, bool Rule, double Probability, bool Combined);
