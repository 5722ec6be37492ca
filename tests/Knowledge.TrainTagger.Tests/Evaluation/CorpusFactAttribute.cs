namespace Knowledge.TrainTagger.Tests;

/// <summary>A fact about the labelled corpus, skipped (not passed) until the corpus has its splits.json.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!File.Exists(Path.Combine(Folder, CorpusReader.SplitsFile)))
        {
            Skip = $"{Folder} has no {CorpusReader.SplitsFile} yet";
        }
    }

    public static string Folder => Repository.Path("tests/Knowledge.Functions.Tests/Tagging/Corpus");
}
