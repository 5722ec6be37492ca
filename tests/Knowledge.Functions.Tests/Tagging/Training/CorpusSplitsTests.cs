using Knowledge.Tagging;
using Knowledge.Tagging.Training;
namespace Knowledge.Tests.Tagging.Training;

public sealed class CorpusSplitsTests
{
    private static readonly IReadOnlyList<CorpusStatement> Statements =
    [
        Statement("a-1", "doc-a"),
        Statement("a-2", "doc-a"),
        Statement("b-1", "doc-b"),
        Statement("c-1", "doc-c"),
        Statement("c-1-en", "doc-c-translated", translationOf: "c-1"),
        Statement("c-1-en-again", "doc-a", translationOf: "c-1-en"),
    ];

    [Fact]
    public void Statements_go_to_the_split_of_their_document()
    {
        var corpus = new CorpusSplits(["doc-a"], ["doc-b"], ["doc-c", "doc-c-translated"]).Assign(Statements);

        Assert.Equal(["a-1", "a-2"], corpus.Train.Select(s => s.Id));
        Assert.Equal(["b-1"], corpus.Dev.Select(s => s.Id));
    }

    [Fact]
    public void A_translation_goes_to_the_split_of_the_statement_it_translates()
    {
        var corpus = new CorpusSplits(["doc-a"], ["doc-b"], ["doc-c"]).Assign(Statements);

        Assert.Equal(["c-1", "c-1-en", "c-1-en-again"], corpus.Test.Select(s => s.Id));
    }

    [Fact]
    public void A_document_in_no_split_or_in_two_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => new CorpusSplits(["doc-a", "doc-b"], ["doc-b"], ["doc-x"]).Assign(Statements));

        Assert.Contains("document doc-b is in Train and Dev", error.Message, StringComparison.Ordinal);
        Assert.Contains("c-1: document doc-c is in no split", error.Message, StringComparison.Ordinal);
        Assert.Contains("document doc-x is in a split but not in the corpus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_splits_file_says_to_split_the_corpus_first()
    {
        using var corpus = new CorpusFolder(CorpusFolder.Statement("a-1", "doc-a"));

        var error = Assert.Throws<FileNotFoundException>(() => CorpusSplits.Load(CorpusFiles.FromFolder(corpus.Path)));

        Assert.Contains("split the corpus by document first", error.Message, StringComparison.Ordinal);
    }

    private static CorpusStatement Statement(string id, string document, string? translationOf = null) =>
        new(id, "Det är svårt att rekrytera.", translationOf is null ? "sv" : "en", ["competence"], new CorpusSource(document), translationOf is null ? "need" : "english", translationOf);
}
