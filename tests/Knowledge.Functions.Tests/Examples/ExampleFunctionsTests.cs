using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Examples;

[Collection(StorageCollection.Name)]
public sealed class ExampleFunctionsTests(TestEnvironment env)
{
    [Fact]
    public async Task The_seed_catalogue_is_searchable_with_facets_and_highlighted_snippets()
    {
        var office = await env.ClientAsync(Principals.Office("2580"));

        var result = (await office.GetFromJsonAsync<JsonObject>("/api/examples?q=lulea"))!;

        var results = result["results"]!.AsArray();
        Assert.Equal("facebook-lulea", results[0]!["slug"]!.GetValue<string>());
        Assert.Contains("<mark>", results[0]!["snippet"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(result["facets"]!["county"]!["25"]!.GetValue<int>() >= 1);
        Assert.True(result["total"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Staff_add_an_example_and_find_it_by_search_at_once()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = ExampleBodies.NewSlug();

        var created = await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug));
        var found = (await staff.GetFromJsonAsync<JsonObject>($"/api/examples?q=rekryteringsmassa+kalix"))!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/examples/{slug}", created.Headers.Location!.OriginalString);
        Assert.NotNull(created.Headers.ETag);
        Assert.Contains(found["results"]!.AsArray(), r => r!["slug"]!.GetValue<string>() == slug);
    }

    [Fact]
    public async Task Creating_twice_with_the_same_content_stores_one_and_other_content_conflicts()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = ExampleBodies.NewSlug();

        var first = await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug));
        var retry = await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug));
        var other = await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug, b => b["kind"] = "training"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await other.AssertProblemAsync(HttpStatusCode.Conflict);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/examples/{slug}"))!;
        Assert.Equal("collaboration", stored["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("office")]
    [InlineData("region")]
    public async Task Other_roles_get_403_on_writes(string role)
    {
        var principal = role == "office" ? Principals.Office("2580") : Principals.Region("25");
        var client = await env.ClientAsync(principal);
        var slug = ExampleBodies.NewSlug();

        var create = await client.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug));
        var update = await client.PutAsJsonAsync("/api/examples/facebook-lulea", ExampleBodies.Valid("facebook-lulea"));
        var delete = await client.DeleteAsync("/api/examples/facebook-lulea");

        await create.AssertProblemAsync(HttpStatusCode.Forbidden);
        await update.AssertProblemAsync(HttpStatusCode.Forbidden);
        await delete.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/examples/facebook-lulea")).StatusCode);
    }

    [Fact]
    public async Task Without_sign_in_the_catalogue_answers_401()
    {
        var anonymous = await env.ClientAsync();

        await (await anonymous.GetAsync("/api/examples?q=lulea")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Bad_entries_get_problems_naming_the_fields()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var body = ExampleBodies.Valid(ExampleBodies.NewSlug(), b =>
        {
            // Each of the wrong shape, so the one answer names all three (an unknown tag: ExampleReaderTests).
            b["challenges"] = new JsonArray("competence", 42);
            b["sources"] = new JsonArray(new JsonObject { ["title"] = "Rapport", ["url"] = "javascript:alert(1)" });
            b["title"] = new JsonObject { ["en"] = "English only" };
        });

        var response = await staff.PostAsJsonAsync("/api/examples", body);

        await response.AssertFieldErrorsAsync("challenges[1]", "sources[0].url", "title.sv");
    }

    [Theory]
    [InlineData("challenge=weather", "challenge")]
    [InlineData("kind=party", "kind")]
    [InlineData("page=0", "page")]
    [InlineData("lang=de", "lang")]
    [InlineData("county=25%3B", "county")]
    public async Task Bad_search_parameters_are_named(string query, string field)
    {
        var office = await env.ClientAsync(Principals.Office("2580"));

        await (await office.GetAsync($"/api/examples?{query}")).AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task Drafts_are_visible_to_staff_only()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var office = await env.ClientAsync(Principals.Office("2580"));
        var slug = ExampleBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug, b => b["status"] = "draft"))).EnsureSuccessStatusCode();

        var staffSearch = (await staff.GetFromJsonAsync<JsonObject>("/api/examples?q=rekryteringsmassa"))!;
        var officeSearch = (await office.GetFromJsonAsync<JsonObject>("/api/examples?q=rekryteringsmassa"))!;
        var officeGet = await office.GetAsync($"/api/examples/{slug}");

        Assert.Contains(staffSearch["results"]!.AsArray(), r => r!["slug"]!.GetValue<string>() == slug);
        Assert.DoesNotContain(officeSearch["results"]!.AsArray(), r => r!["slug"]!.GetValue<string>() == slug);
        await officeGet.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_edit_from_a_stale_read_gets_412_and_changes_nothing()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = ExampleBodies.NewSlug();
        var created = await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug));
        var staleETag = created.Headers.ETag!;
        (await PutAsync(staff, slug, ExampleBodies.Valid(slug, b => b["kind"] = "training"), staleETag)).EnsureSuccessStatusCode();

        var stale = await PutAsync(staff, slug, ExampleBodies.Valid(slug, b => b["kind"] = "regional_study"), staleETag);

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/examples/{slug}"))!;
        Assert.Equal("training", stored["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("\"stale\"")]
    public async Task An_edit_or_delete_with_an_if_match_that_is_no_etag_gets_412_and_changes_nothing(string ifMatch)
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = ExampleBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug))).EnsureSuccessStatusCode();
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/examples/{slug}") { Content = JsonContent.Create(ExampleBodies.Valid(slug, b => b["kind"] = "training")) };
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/examples/{slug}");
        put.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        delete.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var edited = await staff.SendAsync(put);
        var deleted = await staff.SendAsync(delete);

        await edited.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await deleted.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var stored = (await staff.GetFromJsonAsync<JsonObject>($"/api/examples/{slug}"))!;
        Assert.Equal("collaboration", stored["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deleted_example_is_gone_from_search_and_reads()
    {
        var staff = await env.ClientAsync(Principals.Staff());
        var slug = ExampleBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug, b => b["title"]!["sv"] = "Unik vargavinterskola i Kalix"))).EnsureSuccessStatusCode();

        var deleted = await staff.DeleteAsync($"/api/examples/{slug}");
        var search = (await staff.GetFromJsonAsync<JsonObject>("/api/examples?q=vargavinterskola"))!;

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(search["results"]!.AsArray(), r => r!["slug"]!.GetValue<string>() == slug);
        await (await staff.GetAsync($"/api/examples/{slug}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await staff.DeleteAsync($"/api/examples/{slug}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_catalogue_edit_has_its_audit_row()
    {
        var staff = await env.ClientAsync(Principals.Staff("auditing-staff"));
        var admin = await env.ClientAsync(Principals.Admin());
        var slug = ExampleBodies.NewSlug();
        (await staff.PostAsJsonAsync("/api/examples", ExampleBodies.Valid(slug))).EnsureSuccessStatusCode();
        (await PutAsync(staff, slug, ExampleBodies.Valid(slug, b => b["kind"] = "training"), null)).EnsureSuccessStatusCode();

        var audit = (await admin.GetFromJsonAsync<JsonObject>("/api/audit"))!;

        var actions = audit["entries"]!.AsArray()
            .Where(e => e!["target"]!.GetValue<string>() == $"examples/{slug}")
            .Select(e => (e!["action"]!.GetValue<string>(), e["actorId"]!.GetValue<string>()))
            .ToList();
        Assert.Equal([("catalogue.example.create", "auditing-staff"), ("catalogue.example.update", "auditing-staff")], actions);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string slug, JsonObject body, EntityTagHeaderValue? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/examples/{slug}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return client.SendAsync(request);
    }
}
