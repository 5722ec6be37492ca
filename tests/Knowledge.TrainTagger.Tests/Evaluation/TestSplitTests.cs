using System.Globalization;
using Knowledge.Tagging;
using Xunit.Abstractions;

namespace Knowledge.TrainTagger.Tests;

/// <summary>
/// The shipped combined tagger on the corpus's held-out test split, against the figures in README (Tagging). Set the
/// floors from `make eval-tagging` after training on a new corpus; a change that tags worse then fails here.
/// </summary>
public sealed class TestSplitTests(ITestOutputHelper output)
{
    private const double MacroF1Floor = 0.80;
    private const double PrecisionFloor = 0.85;

    [CorpusFact]
    public void The_combined_tagger_holds_its_figures_on_the_test_split()
    {
        var folder = CorpusFactAttribute.Folder;
        var tags = new Codebook().Tags.Select(t => t.Tag).ToList();
        var test = CorpusSplits.Load(folder).Assign(CorpusReader.Read(folder, tags)).Test;

        var evaluation = TaggerEvaluation.Run(new CombinedTagger(new DefaultTagger()), tags, test);

        output.WriteLine(evaluation.Table($"test split, {test.Count} statements"));
        Assert.True(evaluation.MacroF1(Variant.Combined) >= MacroF1Floor,
            string.Create(CultureInfo.InvariantCulture, $"macro-F1 {evaluation.MacroF1(Variant.Combined):0.000} is below {MacroF1Floor}"));
        Assert.All(tags, tag => Assert.True(evaluation.Counts(Variant.Combined, tag).Precision >= PrecisionFloor,
            string.Create(CultureInfo.InvariantCulture, $"{tag}: precision {evaluation.Counts(Variant.Combined, tag).Precision:0.000} is below {PrecisionFloor}")));
    }

    [CorpusFact]
    public void The_shipped_model_was_trained_on_the_corpus_in_the_repository()
    {
        using var stream = File.OpenRead(Repository.Path("functions/Knowledge.Functions/Tagging/Learned/tag-model.json"));

        var trainedOn = TagModel.Read(stream).Training["corpus"]!["sha256"]!.GetValue<string>();

        Assert.True(trainedOn == CorpusReader.Hash(CorpusFactAttribute.Folder), "The corpus changed since the model was trained: run make train-tagger.");
    }
}
