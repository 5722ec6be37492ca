using Knowledge.Tagging;
using Knowledge.Tagging.Training;

namespace Knowledge.Tests.Tagging.Training;

public sealed class TagModelTrainerTests
{
    private static readonly TrainingSettings Small = new(BucketBits: 12, Iterations: 20, CalibrationFolds: 2);

    [Fact]
    public void Training_twice_on_the_same_corpus_writes_the_same_model_file()
    {
        var corpus = Corpus();

        Assert.Equal(Bytes(new TagModelTrainer(Small).Train(corpus, "hash")), Bytes(new TagModelTrainer(Small).Train(corpus, "hash")));
    }

    [Fact]
    public void The_model_file_records_the_corpus_the_thresholds_and_the_train_and_dev_figures_but_nothing_of_test()
    {
        var file = new TagModelTrainer(Small).Train(Corpus(), "hash");

        Assert.Equal("hash", file.Training["corpus"]!["sha256"]!.GetValue<string>());
        Assert.Equal(["dev", "train"], file.Training["figures"]!.AsObject().Select(p => p.Key).Order());
        Assert.All(file.Tags, t => Assert.InRange(t.Threshold, 0.5, 1));
        Assert.Equal(new DefaultTagger().Vocabulary.TagNames, file.Tags.Select(t => t.Tag));
    }

    [Fact]
    public void The_model_learns_phrasing_the_rules_do_not_know()
    {
        var file = new TagModelTrainer(Small with { BucketBits = 16 }).Train(Corpus(), "hash");
        var tagger = new CombinedTagger(new DefaultTagger(), new TagModel(file));

        var infrastructure = tagger.Verdicts("Kommunikationerna till orten är bristfälliga.").Single(v => v.Tag == "infrastructure");

        Assert.False(infrastructure.Rule);
        Assert.True(infrastructure.Probability > 0.5, $"{infrastructure.Probability}");
    }

    private static byte[] Bytes(TagModelFile file)
    {
        using var stream = new MemoryStream();
        TagModel.Write(file, stream);
        return stream.ToArray();
    }

    // Two made-up phrasings per tag, many times over, beside statements with no challenge.
    private static SplitCorpus Corpus()
    {
        string[] infrastructure = ["Kommunikationerna är bristfälliga.", "Vägarna och kommunikationerna hit är bristfälliga."];
        string[] none = ["Vi träffade vd på kontoret.", "Företaget har tolv anställda.", "De levererar till kommunen."];
        var statements = Enumerable.Range(0, 30).SelectMany(i => new[]
        {
            new CorpusStatement($"i-{i}", infrastructure[i % 2], "sv", ["infrastructure"], new CorpusSource($"doc-{i % 3}"), "need", null),
            new CorpusStatement($"n-{i}", none[i % 3], "sv", [], new CorpusSource($"doc-{i % 3}"), "no-tag", null),
        }).ToList();
        return new SplitCorpus(statements, statements[..20], []);
    }
}
