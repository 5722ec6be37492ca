using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Tagging;

[Collection(StorageCollection.Name)]
public sealed class TagFunctionsTests(TestEnvironment env)
{
    [Fact]
    public async Task Suggestions_come_for_the_masked_text_with_the_tagger_named()
    {
        var region = await env.ClientAsync(Principals.Region("24"));

        var response = await region.PostAsJsonAsync("/api/tags/suggest", new { text = "Ring mig på 070-123 45 67. Vi hittar inga svetsare och rekryteringen tar ett år." });

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("[telefon]", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("070", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("knowledge-default/", body["tagger"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(body["tags"]!.AsArray(), t => t!["tag"]!.GetValue<string>() == "competence");
    }

    [Fact]
    public async Task Text_typed_with_no_break_spaces_and_dashes_is_masked_before_it_is_tagged()
    {
        var staff = await env.ClientAsync(Principals.Staff());

        var response = await staff.PostAsJsonAsync("/api/tags/suggest", new { text = "Ring Erik på 070\u2011123\u00a045\u00a067 (pnr 850709\u20131234, erik+jobb@verkstad.se)." });

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Ring Erik på [telefon] (pnr [personnummer], [e-post]).", body["text"]!.GetValue<string>());
        Assert.Equal(3, body["maskedItems"]!.GetValue<int>());
    }

    [Fact]
    public async Task Text_naming_no_challenge_gets_no_tags()
    {
        var staff = await env.ClientAsync(Principals.Staff());

        var body = await (await staff.PostAsJsonAsync("/api/tags/suggest", new { text = "Vi träffades på deras kontor i Piteå och pratade om företagets historia." })).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Empty(body!["tags"]!.AsArray());
    }

    [Fact]
    public async Task Suggesting_needs_a_signed_in_user_and_a_text()
    {
        var anonymous = await env.ClientAsync();
        var staff = await env.ClientAsync(Principals.Staff());

        var unauthenticated = await anonymous.PostAsJsonAsync("/api/tags/suggest", new { text = "x" });
        var missing = await staff.PostAsJsonAsync("/api/tags/suggest", new { words = "x" });

        await unauthenticated.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await missing.AssertFieldErrorsAsync("text", "words");
    }
}
