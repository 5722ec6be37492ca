using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Reference;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Reference;

[Collection(StorageCollection.Name)]
public sealed class ReferenceTests(TestEnvironment env)
{
    [Fact]
    public void Sweden_has_290_municipalities_in_21_counties()
    {
        var reference = new ReferenceData();

        Assert.Equal(290, reference.Municipalities.Count);
        Assert.Equal(21, reference.Counties.Count);
        Assert.All(reference.Municipalities, m => Assert.NotNull(reference.FindCounty(m.CountyCode)));
        Assert.Equal("Skellefteå", reference.FindMunicipality("2482")!.Name);
    }

    [Fact]
    public async Task Municipalities_are_listed_per_county()
    {
        var client = await env.ClientAsync();

        var norrbotten = await client.GetFromJsonAsync<JsonArray>("/api/municipalities?county=25");
        var counties = await client.GetFromJsonAsync<JsonArray>("/api/counties");

        Assert.Equal(14, norrbotten!.Count);
        Assert.All(norrbotten, m => Assert.Equal("25", m!["countyCode"]!.GetValue<string>()));
        Assert.Contains(norrbotten, m => m!["name"]!.GetValue<string>() == "Luleå");
        Assert.Equal(21, counties!.Count);
    }

    [Fact]
    public async Task Counties_are_listed_with_their_Swedish_and_English_names()
    {
        var client = await env.ClientAsync();

        var counties = (await client.GetFromJsonAsync<JsonArray>("/api/counties"))!;

        var norrbotten = counties.Single(c => c!["code"]!.GetValue<string>() == "25")!;
        Assert.Equal("Norrbottens län", norrbotten["name"]!.GetValue<string>());
        Assert.Equal("Norrbotten County", norrbotten["nameEn"]!.GetValue<string>());
        Assert.All(counties, c => Assert.EndsWith(" County", c!["nameEn"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_county_is_a_bad_request_naming_county()
    {
        var client = await env.ClientAsync();

        var response = await client.GetAsync("/api/municipalities?county=99");

        await response.AssertFieldErrorsAsync("county");
    }

    [Fact]
    public async Task The_codebook_lists_the_eight_challenges_in_swedish_and_english()
    {
        var client = await env.ClientAsync();

        var codebook = await client.GetFromJsonAsync<JsonObject>("/api/codebook");

        var tags = codebook!["tags"]!.AsArray();
        Assert.Equal(
            ["competence", "financing", "timing", "growth_willingness", "succession", "transition_requirements", "procurement", "infrastructure"],
            tags.Select(t => t!["tag"]!.GetValue<string>()));
        Assert.Equal("Generationsskifte", tags[4]!["label"]!["sv"]!.GetValue<string>());
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace(t!["description"]!["en"]!.GetValue<string>())));
    }
}
