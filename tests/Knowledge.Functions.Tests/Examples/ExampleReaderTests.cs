using System.Text.Json.Nodes;
using Knowledge.Examples;
using Knowledge.Reference;
using Knowledge.Shared.Http;
using Knowledge.Tagging;

namespace Knowledge.Tests.Examples;

public sealed class ExampleReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly ExampleReader _reader = new(new ReferenceData(), new Codebook(), new ExampleKinds());

    /// <summary>The body bound as a request's is, then read.</summary>
    private (GoodExample? Example, IDictionary<string, string[]> Errors) Read(JsonObject body, string? slugFromRoute = null)
    {
        var (input, errors) = JsonBody.Bind(body, ExampleRequestBodies.Default.ExampleInput);
        return input is null ? (null, errors) : _reader.Read(input, slugFromRoute, "staff-user", Now);
    }

    [Fact]
    public void A_valid_entry_is_read_with_its_municipalitys_county_added()
    {
        var (example, errors) = Read(ExampleBodies.Valid("kalix-fair"));

        Assert.Empty(errors);
        Assert.NotNull(example);
        Assert.Equal("kalix-fair", example.Slug);
        Assert.Equal(["2514"], example.Place.Municipalities);
        Assert.Equal(["25"], example.Place.Counties);
        Assert.Equal("SE", example.Place.Country);
        Assert.Equal(ExampleStatus.Published, example.Status);
        Assert.Equal(new Uri("https://www.kalix.se/"), example.Sources[0].Url);
        Assert.Equal("staff-user", example.UpdatedBy);
    }

    [Theory]
    [InlineData("challenges", "[\"competence\", \"weather\"]", "challenges[1]")]
    [InlineData("sources", "[{\"title\": \"Rapport\", \"url\": \"ftp://example.se/a.pdf\"}]", "sources[0].url")]
    [InlineData("sources", "[{\"title\": \"Rapport\", \"url\": \"not a url\"}]", "sources[0].url")]
    [InlineData("sources", "[{\"url\": \"https://example.se/\"}]", "sources[0].title")]
    [InlineData("title", "{\"en\": \"Only English\"}", "title.sv")]
    [InlineData("title", "\"Just a string\"", "title")]
    [InlineData("slug", "\"Kalix Fair\"", "slug")]
    [InlineData("kind", "\"party\"", "kind")]
    [InlineData("years", "[2026, 1850]", "years[1]")]
    [InlineData("status", "\"archived\"", "status")]
    [InlineData("place", "{\"municipalities\": [\"9999\"], \"name\": {\"sv\": \"Okänd\"}}", "place.municipalities[0]")]
    [InlineData("place", "{\"country\": \"Sverige\", \"name\": {\"sv\": \"Sverige\"}}", "place.country")]
    [InlineData("place", "{\"counties\": [\"25\"]}", "place.name")]
    [InlineData("place", "{\"counties\": [\"25\"], \"name\": {\"en\": \"Norrbotten\"}}", "place.name.sv")]
    public void A_bad_field_is_named(string field, string json, string expectedError)
    {
        var body = ExampleBodies.Valid("kalix-fair", b => b[field] = JsonNode.Parse(json));

        var (example, errors) = Read(body);

        Assert.Null(example);
        Assert.Contains(expectedError, errors.Keys);
    }

    [Fact]
    public void An_unknown_field_is_named_rather_than_dropped()
    {
        var (example, errors) = Read(ExampleBodies.Valid("kalix-fair", b => b["tittle"] = "typo"));

        Assert.Null(example);
        Assert.Contains("tittle", errors.Keys);
    }

    [Fact]
    public void The_slug_of_an_edit_must_be_the_slug_of_its_address()
    {
        var (example, errors) = Read(ExampleBodies.Valid("kalix-fair"), "other-slug");

        Assert.Null(example);
        Assert.Contains("slug", errors.Keys);
    }

    [Fact]
    public void An_entry_without_status_is_a_draft()
    {
        var (example, _) = Read(ExampleBodies.Valid("kalix-fair", b => b.Remove("status")));

        Assert.Equal(ExampleStatus.Draft, example!.Status);
    }

    [Fact]
    public void The_shipped_catalogue_reads_without_errors_and_keeps_the_slugs_of_the_facts()
    {
        var examples = ExampleSeeder.Load(_reader, Now);

        string[] expected =
        [
            "facebook-lulea", "node-pole", "tesla-gigafactory-nevada", "astrazeneca-anchor", "microsoft-labour-mobility",
            "forum-virium-helsinki", "ess-lund", "gallivare-sustainability-training", "lkab-supplier-days", "t25-population-goal",
            "visioner-i-norr", "vasterbotten-subcontractor-study", "northvolt-vasternorrland-effects", "skelleftea-growth-scenario",
            "northvolt-crisis-collaboration", "minddig", "boden-business-park", "teknikcollege",
        ];
        Assert.Equal(expected.Order(), examples.Select(e => e.Slug).Order());
        Assert.All(examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Title.En)));
        Assert.Equal(["2580", "2581", "2582"], examples.Single(e => e.Slug == "node-pole").Place.Municipalities);
    }
}
