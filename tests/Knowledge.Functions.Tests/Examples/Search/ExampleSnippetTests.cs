using Knowledge.Examples;

namespace Knowledge.Tests.Examples;

public sealed class ExampleSnippetTests
{
    [Fact]
    public void Matched_words_are_marked_and_the_rest_is_escaped()
    {
        using var search = Examples.Index(Examples.Make("one", "Leverantörer", summary: "Småföretag <b>&</b> leverantörer i Luleå."));

        var snippet = search.Search(new ExampleQuery("leverantor")).Results[0].Snippet;

        Assert.Contains("<mark>leverantörer</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&amp;&lt;/b&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_word_marks_the_word_it_was_taken_for()
    {
        using var search = Examples.Index(Examples.Make("one", "Datacenter", summary: "När Facebook öppnade sitt datacenter i Luleå."));

        var snippet = search.Search(new ExampleQuery("facebok")).Results[0].Snippet;

        Assert.Contains("<mark>Facebook</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_comes_from_the_body_without_its_Markdown()
    {
        var body = string.Join(" ", Enumerable.Repeat("Utfyllnad utan betydelse.", 30))
            + "\n\n## Resultat\n\nEnligt [studien](https://example.org/studie) gav *batterierna* nya jobb.";
        using var search = Examples.Index(Examples.Make("one", "Ett exempel", summary: "En sammanfattning.", body: body));

        var snippet = search.Search(new ExampleQuery("batteri")).Results[0].Snippet;

        Assert.Contains("<mark>batterierna</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("Enligt studien gav", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("#", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 300, snippet);
    }

    [Fact]
    public void The_snippet_is_in_the_asked_language_with_Swedish_as_fallback()
    {
        using var search = Examples.Index(
            Examples.Make("both", "Leverantörsdagar", summary: "Köpare mötte leverantörer.", titleEn: "Supplier days", summaryEn: "Buyers met suppliers."),
            Examples.Make("swedish", "Leverantörer", summary: "Bara svenska leverantörer."));

        var result = search.Search(new ExampleQuery("suppliers leverantörer", Language: "en"));

        var both = result.Results.Single(r => r.Slug == "both");
        var swedish = result.Results.Single(r => r.Slug == "swedish");
        Assert.Equal("Supplier days", both.Title);
        Assert.Contains("<mark>suppliers</mark>", both.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>leverantörer</mark>", swedish.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_highlight_the_snippet_is_the_start_of_the_summary()
    {
        using var search = Examples.Index(Examples.Make("one", "Vätgas", summary: "Om gröna <industrier>."));

        var searched = search.Search(new ExampleQuery("vätgas")).Results[0].Snippet;
        var listed = search.Search(new ExampleQuery(null)).Results[0].Snippet;

        Assert.Equal("Om gröna &lt;industrier&gt;.", searched);
        Assert.Equal("Om gröna &lt;industrier&gt;.", listed);
    }
}
