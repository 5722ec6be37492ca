using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Establishments;

/// <summary>A renaming event gives the name shown; the register keeps the earlier names.</summary>
[Collection(StorageCollection.Name)]
public sealed class EstablishmentRenamingTests(TestEnvironment env)
{
    [Fact]
    public async Task The_seeded_stegra_is_named_by_its_renaming_and_keeps_h2_green_steel_as_its_earlier_name()
    {
        var office = await env.ClientAsync(Principals.Office("2580"));

        var stegra = (await office.GetFromJsonAsync<JsonObject>("/api/establishments/stegra"))!;

        Assert.Equal("Stegra", stegra["name"]!.GetValue<string>());
        Assert.Equal(["H2 Green Steel"], stegra["formerNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        var renaming = Assert.Single(stegra["events"]!.AsArray())!;
        Assert.Equal(("renamed", "Stegra", "H2 Green Steel"), (renaming["kind"]!.GetValue<string>(), renaming["name"]!.GetValue<string>(), renaming["formerName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_renaming_changes_the_name_shown_and_a_back_dated_one_adds_history_without_undoing_it()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug, b => b["name"] = "Första namnet"))).EnsureSuccessStatusCode();

        var renamed = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", Renaming("2025-06-01", "Tredje namnet"));
        var backdated = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", Renaming("2024-03-01", "Andra namnet"));

        Assert.Equal(HttpStatusCode.Created, renamed.StatusCode);
        var answer = (await renamed.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("Tredje namnet", "Första namnet"), (answer["name"]!.GetValue<string>(), answer["formerName"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Created, backdated.StatusCode);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;
        Assert.Equal("Tredje namnet", stored["name"]!.GetValue<string>());
        Assert.Equal(["Andra namnet", "Första namnet"], stored["formerNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        var listed = (await staff.GetFromJsonAsync<JsonArray>("/api/establishments?county=25"))!.Single(e => e!["slug"]!.GetValue<string>() == slug)!;
        Assert.Equal("Tredje namnet", listed["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_renaming_without_a_name_and_a_name_on_another_event_get_400_naming_the_field()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug))).EnsureSuccessStatusCode();

        var nameless = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-06-01", kind: "renamed", status: null));
        var milestone = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events",
            EstablishmentBodies.Event(Guid.NewGuid(), "2025-06-01", kind: "milestone", status: null, change: b => b["name"] = "Nytt namn"));

        await nameless.AssertFieldErrorsAsync("name");
        await milestone.AssertFieldErrorsAsync("name");
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;
        Assert.Equal("Kalix vätgaspark", stored["name"]!.GetValue<string>());
        Assert.Empty(stored["events"]!.AsArray());
    }

    private static JsonObject Renaming(string date, string name) =>
        EstablishmentBodies.Event(Guid.NewGuid(), date, kind: "renamed", status: null, change: b => b["name"] = name);
}
