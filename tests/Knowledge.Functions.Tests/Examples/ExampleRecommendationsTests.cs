using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Examples;

[Collection(StorageCollection.Name)]
public sealed class ExampleRecommendationsTests(TestEnvironment env)
{
    // Gotland is a county of one municipality, so no other test's answers make its figures withheld; Överkalix is
    // used by no other storage test.
    private const string Gotland = "0980";
    private const string Overkalix = "2513";

    [Fact]
    public async Task A_region_is_shown_examples_for_a_municipalitys_top_challenges_with_reasons()
    {
        var office = await env.ClientAsync(Principals.Office(Gotland));
        for (var i = 0; i < 5; i++)
        {
            var answer = SurveyAnswers.Valid(Gotland, change: d =>
            {
                d["challenges"] = new JsonArray("transition_requirements");
                d["challengeSeverity"] = new JsonObject { ["transition_requirements"] = "serious" };
                d["needs"] = "Kunderna kräver klimatcertifiering av oss.";
            });
            Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(answer)).StatusCode);
        }

        var region = await env.ClientAsync(Principals.Region("09"));
        var result = (await region.GetFromJsonAsync<JsonObject>($"/api/needs/municipalities/{Gotland}/examples"))!;

        var top = result["topChallenges"]!.AsArray();
        Assert.Equal("transition_requirements", top[0]!["tag"]!.GetValue<string>());
        var examples = result["examples"]!.AsArray();
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Contains("transition_requirements", e!["addresses"]!.AsArray().Select(a => a!.GetValue<string>())));
        Assert.Contains("omställnings", examples[0]!["reason"]!["sv"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Gotland", examples[0]!["reason"]!["sv"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(examples, e => e!["title"]!["en"] is { } en && en.GetValue<string>() != e["title"]!["sv"]!.GetValue<string>());
        Assert.Contains(examples, e => e!["summary"]!["en"] is { } en && en.GetValue<string>() != e["summary"]!["sv"]!.GetValue<string>());
    }

    [Fact]
    public async Task Suppressed_needs_recommend_nothing()
    {
        var office = await env.ClientAsync(Principals.Office(Overkalix));
        Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(SurveyAnswers.Valid(Overkalix))).StatusCode);

        var result = (await office.GetFromJsonAsync<JsonObject>($"/api/needs/municipalities/{Overkalix}/examples"))!;

        Assert.Empty(result["topChallenges"]!.AsArray());
        Assert.Empty(result["examples"]!.AsArray());
    }

    [Fact]
    public async Task Another_county_or_office_gets_403()
    {
        var region = await env.ClientAsync(Principals.Region("24"));
        var office = await env.ClientAsync(Principals.Office("2580"));

        await (await region.GetAsync($"/api/needs/municipalities/{Gotland}/examples")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await office.GetAsync($"/api/needs/municipalities/{Gotland}/examples")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
