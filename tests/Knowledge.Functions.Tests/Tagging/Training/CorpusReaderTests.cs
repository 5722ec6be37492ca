using Knowledge.Tagging;
using Knowledge.Tagging.Training;
namespace Knowledge.Tests.Tagging.Training;

public sealed class CorpusReaderTests
{
    private static readonly string[] Tags = ["competence", "financing", "timing"];

    [Fact]
    public void Every_line_of_every_corpus_file_is_read_with_its_document_and_translation()
    {
        using var corpus = new CorpusFolder(
            CorpusFolder.Statement("a-1", "doc-a"),
            CorpusFolder.Statement("a-2", "doc-a", "We struggle to recruit.", lang: "en", kind: "english", translationOf: "a-1"));
        corpus.WriteLines("more.jsonl", ["""{"id":"b-1","text":"Banken lånar inte ut.","lang":"sv","tags":["financing"],"source":{"document":"doc-b","page":"3"},"kind":"need"}""", ""]);

        var statements = CorpusReader.Read(CorpusFiles.FromFolder(corpus.Path), Tags);

        Assert.Equal(["a-1", "a-2", "b-1"], statements.Select(s => s.Id));
        Assert.Equal("a-1", statements[1].TranslationOf);
        Assert.Equal("doc-b", statements[2].Source.Document);
        Assert.Equal(["financing"], statements[2].Tags);
    }

    [Fact]
    public void Bad_lines_are_all_named_with_their_file_and_line()
    {
        using var corpus = new CorpusFolder(
            CorpusFolder.Statement("a-1", "doc-a", tags: ["competense"]),
            CorpusFolder.Statement("a-1", "doc-a", lang: "de"),
            CorpusFolder.Statement("a-3", "doc-a", kind: "maybe"),
            CorpusFolder.Statement("a-4", "doc-a", translationOf: "a-99"));

        var error = Assert.Throws<InvalidDataException>(() => CorpusReader.Read(CorpusFiles.FromFolder(corpus.Path), Tags));

        Assert.Contains("corpus.jsonl:1: a-1 has tag \"competense\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("corpus.jsonl:2: a-1 has lang \"de\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("corpus.jsonl:3: a-3 has kind \"maybe\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("id a-1 is used 2 times", error.Message, StringComparison.Ordinal);
        Assert.Contains("a-4 translates a-99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_is_stable_and_changes_with_any_corpus_file_or_the_splits()
    {
        using var corpus = new CorpusFolder(CorpusFolder.Statement("a-1", "doc-a"));
        var first = CorpusReader.Hash(CorpusFiles.FromFolder(corpus.Path));

        corpus.WriteSplits(["doc-a"], [], []);
        var withSplits = CorpusReader.Hash(CorpusFiles.FromFolder(corpus.Path));
        corpus.WriteLines("more.jsonl", ["{}"]);
        var withMore = CorpusReader.Hash(CorpusFiles.FromFolder(corpus.Path));

        Assert.Equal(withMore, CorpusReader.Hash(CorpusFiles.FromFolder(corpus.Path)));
        Assert.Equal(3, new[] { first, withSplits, withMore }.Distinct().Count());
    }
}
