using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Establishments;

[Collection(StorageCollection.Name)]
public sealed class EstablishmentFunctionsTests(TestEnvironment env)
{
    [Fact]
    public async Task The_seed_has_the_seven_establishments_with_the_hiring_totals_of_the_analysis()
    {
        var office = await env.ClientAsync(Principals.Office("2580"));

        var all = (await office.GetFromJsonAsync<JsonArray>("/api/establishments"))!;

        var seed = all.Where(e => EstablishmentBodies.SeedSlugs.Contains(e!["slug"]!.GetValue<string>())).ToList();
        Assert.Equal(7, seed.Count);
        int[] totals = [2_630, 2_990, 3_210, 3_320, 5_120];
        for (var i = 0; i < totals.Length; i++)
        {
            var year = 2022 + i;
            Assert.Equal(totals[i], seed.Sum(e => e!["plannedHires"]!.AsArray().Single(h => h!["year"]!.GetValue<int>() == year)!["count"]!.GetValue<int>()));
        }
    }

    [Fact]
    public async Task The_seeded_northvolt_is_bankrupt_with_its_event()
    {
        var region = await env.ClientAsync(Principals.Region("24"));

        var response = await region.GetAsync("/api/establishments/northvolt");
        var northvolt = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("bankrupt", northvolt["status"]!.GetValue<string>());
        var bankruptcy = Assert.Single(northvolt["events"]!.AsArray())!;
        Assert.Equal("2025-03-12", bankruptcy["date"]!.GetValue<string>());
        Assert.Equal("status_change", bankruptcy["kind"]!.GetValue<string>());
        Assert.Equal("bankrupt", bankruptcy["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("25", new[] { "lkab", "lkab-construction", "ssab", "stegra" })]
    [InlineData("24", new[] { "boliden", "northvolt", "skelleftea-kraft" })]
    public async Task The_county_filter_gives_the_establishments_of_that_county(string county, string[] expected)
    {
        var staff = await env.ClientAsync(Principals.Staff());

        var list = (await staff.GetFromJsonAsync<JsonArray>($"/api/establishments?county={county}"))!;

        var slugs = list.Select(e => e!["slug"]!.GetValue<string>()).ToList();
        Assert.Equal(expected, slugs.Where(EstablishmentBodies.SeedSlugs.Contains).Order());
        Assert.All(list, e => Assert.Contains(county, e!["counties"]!.AsArray().Select(c => c!.GetValue<string>())));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("Norrbotten")]
    public async Task An_unknown_county_is_named(string county)
    {
        var office = await env.ClientAsync(Principals.Office("2580"));

        await (await office.GetAsync($"/api/establishments?county={county}")).AssertFieldErrorsAsync("county");
    }

    [Fact]
    public async Task Creating_twice_with_the_same_content_stores_one_and_other_content_conflicts()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();

        var first = await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug));
        var retry = await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug));
        var other = await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug, b => b["sector"] = "C"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal($"/api/establishments/{slug}", first.Headers.Location!.OriginalString);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await other.AssertProblemAsync(HttpStatusCode.Conflict);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;
        Assert.Equal("D", stored["sector"]!.GetValue<string>());
        Assert.Equal(["25"], stored["counties"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task An_edit_replaces_the_description_and_an_edit_from_a_stale_read_gets_412()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        var created = await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug));
        var staleETag = created.Headers.ETag!;
        var edited = await PutAsync(staff, slug, EstablishmentBodies.Valid(slug, b => b["company"] = "Nytt Namn AB"), staleETag);

        var stale = await PutAsync(staff, slug, EstablishmentBodies.Valid(slug, b => b["company"] = "Gammalt AB"), staleETag);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;
        Assert.Equal("Nytt Namn AB", stored["company"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_edit_cannot_change_the_status_and_an_unknown_slug_is_404()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug))).EnsureSuccessStatusCode();

        var changed = await PutAsync(staff, slug, EstablishmentBodies.Valid(slug, b => b["status"] = "in_production"), null);
        var missing = await PutAsync(staff, "no-such-establishment", EstablishmentBodies.Valid("no-such-establishment"), null);

        await changed.AssertFieldErrorsAsync("status");
        await missing.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_status_change_keeps_the_earlier_status_in_the_event_history()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-06-01", status: "in_construction"))).EnsureSuccessStatusCode();

        var paused = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-11-15", status: "paused"));
        var backdated = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-01-10", kind: "milestone", status: null));

        Assert.Equal(HttpStatusCode.Created, paused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, backdated.StatusCode);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;
        Assert.Equal("paused", stored["status"]!.GetValue<string>());
        var history = stored["events"]!.AsArray().Select(e => (e!["date"]!.GetValue<string>(), e["status"]?.GetValue<string>())).ToList();
        Assert.Equal([("2025-01-10", null), ("2025-06-01", "in_construction"), ("2025-11-15", "paused")], history);
    }

    [Fact]
    public async Task A_back_dated_status_event_adds_history_without_undoing_the_newer_status()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug))).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-06-01", status: "in_production"))).EnsureSuccessStatusCode();

        (await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2024-02-01", status: "in_construction"))).EnsureSuccessStatusCode();

        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;
        Assert.Equal("in_production", stored["status"]!.GetValue<string>());
        Assert.Equal(2, stored["events"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_event_is_idempotent_on_its_id_and_another_body_under_the_id_conflicts()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug))).EnsureSuccessStatusCode();
        var eventId = Guid.NewGuid();

        var first = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(eventId, "2025-06-01"));
        var retry = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(eventId, "2025-06-01"));
        var other = await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(eventId, "2025-07-01"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(eventId.ToString(), (await first.Content.ReadFromJsonAsync<JsonObject>())!["eventId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await other.AssertProblemAsync(HttpStatusCode.Conflict);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;
        Assert.Single(stored["events"]!.AsArray());
        Assert.Equal("in_construction", stored["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_event_from_a_stale_read_gets_412_and_is_not_recorded()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        var created = await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug));
        (await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-06-01"))).EnsureSuccessStatusCode();

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/establishments/{slug}/events") { Content = JsonContent.Create(EstablishmentBodies.Event(Guid.NewGuid(), "2025-09-01", status: "paused")) };
        request.Headers.IfMatch.Add(created.Headers.ETag!);
        var stale = await staff.SendAsync(request);

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/establishments/{slug}"))!;
        Assert.Equal("in_construction", stored["status"]!.GetValue<string>());
        Assert.Single(stored["events"]!.AsArray());
    }

    [Fact]
    public async Task An_event_for_an_unknown_establishment_is_404()
    {
        var staff = await env.ClientAsync(Principals.Staff());

        var response = await staff.PostAsJsonAsync("/api/establishments/no-such-establishment/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-06-01"));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_bodies_get_problems_naming_the_fields()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var body = EstablishmentBodies.Valid(EstablishmentBodies.NewSlug(), b =>
        {
            // Each of the wrong shape, so the one answer names all three.
            b["phases"]![0]!["from"] = "2026-1";
            b["plannedHires"]![1]!["year"] = 1999;
            b["sector"] = "Ö";
        });

        var establishment = await staff.PostAsJsonAsync("/api/establishments", body);
        // A date of the right form but out of range, and a status change without a status: both the register's rules.
        var @event = await staff.PostAsJsonAsync("/api/establishments/northvolt/events", EstablishmentBodies.Event(Guid.NewGuid(), "1850-01-01", status: null));

        await establishment.AssertFieldErrorsAsync("phases[0].from", "plannedHires[1].year", "sector");
        await @event.AssertFieldErrorsAsync("date", "status");
    }

    [Theory]
    [InlineData("office")]
    [InlineData("region")]
    public async Task Other_roles_get_403_on_writes(string role)
    {
        var principal = role == "office" ? Principals.Office("2580") : Principals.Region("25");
        var client = await env.ClientAsync(principal);

        var create = await client.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(EstablishmentBodies.NewSlug()));
        var update = await client.PutAsJsonAsync("/api/establishments/lkab", EstablishmentBodies.Valid("lkab"));
        var @event = await client.PostAsJsonAsync("/api/establishments/lkab/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-06-01"));

        await create.AssertProblemAsync(HttpStatusCode.Forbidden);
        await update.AssertProblemAsync(HttpStatusCode.Forbidden);
        await @event.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/establishments/lkab")).StatusCode);
    }

    [Fact]
    public async Task Without_sign_in_the_establishments_answer_401()
    {
        var anonymous = await env.ClientAsync();

        await (await anonymous.GetAsync("/api/establishments")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/establishments/lkab")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(EstablishmentBodies.NewSlug()))).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Every_write_has_its_audit_row()
    {
        var staff = await env.ClientAsync(Principals.Staff("establishment-staff"));
        var admin = await env.ClientAsync(Principals.Admin());
        var slug = EstablishmentBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/establishments", EstablishmentBodies.Valid(slug))).EnsureSuccessStatusCode();
        (await PutAsync(staff, slug, EstablishmentBodies.Valid(slug, b => b["sector"] = "C"), null)).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2025-06-01"))).EnsureSuccessStatusCode();

        var audit = (await admin.GetFromJsonAsync<JsonObject>("/api/audit"))!;

        var actions = audit["entries"]!.AsArray()
            .Where(e => e!["target"]!.GetValue<string>() == $"establishments/{slug}")
            .Select(e => (e!["action"]!.GetValue<string>(), e["actorId"]!.GetValue<string>()))
            .ToList();
        Assert.Equal([("establishments.create", "establishment-staff"), ("establishments.update", "establishment-staff"), ("establishments.event", "establishment-staff")], actions);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string slug, JsonObject body, EntityTagHeaderValue? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/establishments/{slug}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return client.SendAsync(request);
    }
}
