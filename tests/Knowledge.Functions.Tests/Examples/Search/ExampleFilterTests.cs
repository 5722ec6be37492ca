using Knowledge.Examples;

namespace Knowledge.Tests.Examples;

public sealed class ExampleFilterTests
{
    private static LuceneExampleSearch Catalogue() => Examples.Index(
        Examples.Make("kiruna", "Gruvstaden flyttar", kind: "planning", challenges: ["infrastructure"], counties: ["25"], daysOld: 3),
        Examples.Make("umea", "Gruvor och kompetens i Umeå", kind: "training", challenges: ["competence", "infrastructure"], counties: ["24"], daysOld: 1),
        Examples.Make("nevada", "Gruvor i Nevada", kind: "anchor_establishment", challenges: ["procurement"], counties: [], country: "US", daysOld: 2),
        Examples.Make("draft", "Gruvor i utkast", kind: "training", challenges: ["competence"], counties: ["25"], status: ExampleStatus.Draft, daysOld: 0));

    [Fact]
    public void Empty_text_lists_every_published_example_newest_first()
    {
        using var search = Catalogue();

        var result = search.Search(new ExampleQuery(" "));

        Assert.Equal(["umea", "nevada", "kiruna"], result.Slugs());
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public void Drafts_are_returned_only_when_asked_for()
    {
        using var search = Catalogue();

        var published = search.Search(new ExampleQuery("utkast"));
        var staff = search.Search(new ExampleQuery("utkast", IncludeDrafts: true));

        Assert.Empty(published.Results);
        Assert.Equal(["draft"], staff.Slugs());
        Assert.Equal(ExampleStatus.Draft, staff.Results[0].Status);
    }

    [Theory]
    [InlineData("infrastructure", null, null, new[] { "kiruna", "umea" })]
    [InlineData(null, "training", null, new[] { "umea" })]
    [InlineData(null, null, "25", new[] { "kiruna" })]
    [InlineData(null, null, "US", new[] { "nevada" })]
    [InlineData("infrastructure", "planning", "25", new[] { "kiruna" })]
    [InlineData("procurement", "planning", null, new string[0])]
    public void Filters_keep_only_matching_examples(string? challenge, string? kind, string? county, string[] expected)
    {
        using var search = Catalogue();

        var result = search.Search(new ExampleQuery(null, challenge, kind, county));

        Assert.Equal(expected.Order(), result.Slugs().Order());
        Assert.Equal(expected.Length, result.Total);
    }

    [Fact]
    public void Facets_count_all_matches_of_the_text()
    {
        using var search = Catalogue();

        var result = search.Search(new ExampleQuery("gruvor", PageSize: 1));

        Assert.Single(result.Results);
        Assert.Equal(2, result.Total);
        Assert.Equal(new Dictionary<string, int> { ["competence"] = 1, ["infrastructure"] = 1, ["procurement"] = 1 }, result.Facets["challenge"]);
        Assert.Equal(new Dictionary<string, int> { ["training"] = 1, ["anchor_establishment"] = 1 }, result.Facets["kind"]);
        Assert.Equal(new Dictionary<string, int> { ["24"] = 1, ["US"] = 1 }, result.Facets["county"]);
    }

    [Fact]
    public void A_facet_is_counted_with_the_other_filters_but_not_its_own()
    {
        using var search = Catalogue();

        var result = search.Search(new ExampleQuery(null, Challenge: "infrastructure", Kind: "training"));

        Assert.Equal(["umea"], result.Slugs());
        Assert.Equal(new Dictionary<string, int> { ["training"] = 1, ["planning"] = 1 }, result.Facets["kind"]);
        Assert.Equal(new Dictionary<string, int> { ["competence"] = 1, ["infrastructure"] = 1 }, result.Facets["challenge"]);
        Assert.Equal(new Dictionary<string, int> { ["24"] = 1 }, result.Facets["county"]);
    }

    [Fact]
    public void Pages_are_clamped_to_sensible_bounds()
    {
        using var search = Catalogue();

        var first = search.Search(new ExampleQuery(null, Page: -3, PageSize: 0));
        var second = search.Search(new ExampleQuery(null, Page: 2, PageSize: 2));
        var huge = search.Search(new ExampleQuery(null, PageSize: 10_000));

        Assert.Equal(["umea"], first.Slugs());
        Assert.Equal(["kiruna"], second.Slugs());
        Assert.Equal(3, huge.Results.Count);
    }

    [Fact]
    public void Upsert_replaces_and_Remove_deletes_by_slug()
    {
        using var search = Catalogue();

        search.Upsert([Examples.Make("kiruna", "Vätgas i stället", kind: "planning")]);
        search.Remove("nevada");

        Assert.Empty(search.Search(new ExampleQuery("gruvstaden")).Results);
        Assert.Equal(["kiruna"], search.Search(new ExampleQuery("vätgas")).Slugs());
        Assert.Equal(["kiruna", "umea"], search.Search(new ExampleQuery(null)).Slugs());
    }

    [Fact]
    public async Task Searches_run_safely_while_examples_are_written()
    {
        using var search = Catalogue();

        var writes = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                search.Upsert([Examples.Make($"extra-{i % 20}", $"Gruvor nummer {i}")]);
            }
        });
        var reads = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                Assert.True(search.Search(new ExampleQuery("gruvor")).Total >= 2);
            }
        }));
        await Task.WhenAll([writes, .. reads]);

        Assert.Equal(22, search.Search(new ExampleQuery("gruvor")).Total);
    }
}
