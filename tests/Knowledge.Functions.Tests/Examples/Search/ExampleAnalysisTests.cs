using Knowledge.Examples;

namespace Knowledge.Tests.Examples;

public sealed class ExampleAnalysisTests
{
    [Fact]
    public void Lulea_without_diacritics_finds_Lulea()
    {
        using var search = Examples.Index(Examples.Make("lulea", "Datacenter i Luleå"), Examples.Make("pitea", "Hamnen i Piteå"));

        var result = search.Search(new ExampleQuery("lulea"));

        Assert.Equal(["lulea"], result.Slugs());
    }

    [Theory]
    [InlineData("leverantor", "leverantörer")]
    [InlineData("smaforetag", "småföretagen")]
    [InlineData("Gallivare", "Gällivare")]
    [InlineData("småföretag", "smaforetag")]
    public void Words_without_or_with_diacritics_find_each_other(string query, string indexed)
    {
        using var search = Examples.Index(Examples.Make("hit", $"Stöd till {indexed} i regionen"), Examples.Make("miss", "Något helt annat"));

        var result = search.Search(new ExampleQuery(query));

        Assert.Equal(["hit"], result.Slugs());
    }

    [Fact]
    public void Swedish_inflections_find_each_other_through_the_stem()
    {
        using var search = Examples.Index(Examples.Make("hit", "Etableringarna i norr"), Examples.Make("miss", "Något helt annat"));

        var result = search.Search(new ExampleQuery("etablering"));

        Assert.Equal(["hit"], result.Slugs());
    }

    [Fact]
    public void English_text_is_stemmed_as_English()
    {
        using var search = Examples.Index(
            Examples.Make("hit", "Leverantörsdagar", titleEn: "Supplier days", summaryEn: "Suppliers met the buyers."),
            Examples.Make("miss", "Något helt annat", titleEn: "Something else"));

        var result = search.Search(new ExampleQuery("suppliers buyer"));

        Assert.Equal(["hit"], result.Slugs());
    }

    [Theory]
    [InlineData("facebok", "Facebooks datacenter")]
    [InlineData("datahal", "Nya datahallar byggs")]
    [InlineData("leverantorr", "Leverantörer i länet")]
    public void A_misspelt_word_finds_the_example(string query, string title)
    {
        using var search = Examples.Index(Examples.Make("hit", title), Examples.Make("miss", "Något helt annat"));

        var result = search.Search(new ExampleQuery(query));

        Assert.Equal(["hit"], result.Slugs());
    }

    [Fact]
    public void Exact_matches_rank_above_fuzzy_ones()
    {
        using var search = Examples.Index(Examples.Make("fuzzy", "Ett datacenter för Facebok"), Examples.Make("exact", "Ett datacenter för Facebook"));

        var result = search.Search(new ExampleQuery("facebook"));

        Assert.Equal(["exact", "fuzzy"], result.Slugs());
    }

    [Fact]
    public void Short_words_are_not_made_fuzzy()
    {
        using var search = Examples.Index(Examples.Make("hit", "Kurs i Bod"), Examples.Make("miss", "Kurs i Bud"));

        var result = search.Search(new ExampleQuery("bod"));

        Assert.Equal(["hit"], result.Slugs());
    }

    [Fact]
    public void A_word_finds_the_compounds_it_ends_or_starts()
    {
        using var search = Examples.Index(
            Examples.Make("compound", "Kompetensförsörjning i regionen"),
            Examples.Make("prefix", "Försörjningsansvaret ligger hos kommunen"),
            Examples.Make("miss", "Något helt annat"));

        var result = search.Search(new ExampleQuery("försörjning"));

        Assert.Equal(["compound", "prefix"], result.Slugs().Order());
    }

    [Fact]
    public void An_exact_word_ranks_above_a_compound_containing_it()
    {
        using var search = Examples.Index(
            Examples.Make("compound", "Kompetensförsörjning i regionen", summary: "Kompetensförsörjning och kompetensförsörjningen."),
            Examples.Make("exact", "Försörjning i regionen"));

        var result = search.Search(new ExampleQuery("försörjning"));

        Assert.Equal(["exact", "compound"], result.Slugs());
    }

    [Fact]
    public void A_quoted_phrase_must_occur_as_a_phrase()
    {
        using var search = Examples.Index(
            Examples.Make("phrase", "Korta tider för tillstånd"),
            Examples.Make("scattered", "Tillstånd tar tid, korta möten hjälper"));

        var result = search.Search(new ExampleQuery("\"korta tider\""));

        Assert.Equal(["phrase"], result.Slugs());
    }

    [Fact]
    public void Title_matches_rank_above_summary_matches_above_body_matches()
    {
        using var search = Examples.Index(
            Examples.Make("body", "Ett", summary: "Något annat.", body: "Om vätgas i norr."),
            Examples.Make("summary", "Två", summary: "Om vätgas i norr.", body: "Något annat."),
            Examples.Make("title", "Vätgas i norr", summary: "Något annat.", body: "Något annat."));

        var result = search.Search(new ExampleQuery("vätgas"));

        Assert.Equal(["title", "summary", "body"], result.Slugs());
    }

    [Fact]
    public void A_text_of_only_stop_words_finds_nothing()
    {
        using var search = Examples.Index(Examples.Make("one", "Och så vidare"));

        var result = search.Search(new ExampleQuery("och the"));

        Assert.Equal(0, result.Total);
    }
}
