using Knowledge.Tagging;
using Knowledge.Tagging.Training;
using System.Text.Json;

namespace Knowledge.Tests.Tagging.Training;

/// <summary>A corpus folder in a temporary directory, deleted on dispose.</summary>
internal sealed class CorpusFolder : IDisposable
{
    public CorpusFolder(params object[] statements)
    {
        Directory.CreateDirectory(Path);
        WriteLines("corpus.jsonl", statements.Select(s => JsonSerializer.Serialize(s)));
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corpus-" + Guid.NewGuid().ToString("N"));

    public static object Statement(string id, string document, string text = "Det är svårt att rekrytera.", string[]? tags = null, string lang = "sv", string kind = "need", string? translationOf = null) =>
        translationOf is null
            ? new { id, text, lang, tags = tags ?? ["competence"], source = new { document, year = 2022 }, kind }
            : new { id, text, lang, tags = tags ?? ["competence"], source = new { document, year = 2022 }, kind, translation_of = translationOf };

    public void WriteSplits(string[] train, string[] dev, string[] test) =>
        File.WriteAllText(System.IO.Path.Combine(Path, "splits.json"), JsonSerializer.Serialize(new { train, dev, test }));

    public void WriteLines(string file, IEnumerable<string> lines) => File.WriteAllLines(System.IO.Path.Combine(Path, file), lines);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
