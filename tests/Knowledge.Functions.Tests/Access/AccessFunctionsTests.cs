using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Access;

[Collection(StorageCollection.Name)]
public sealed class AccessFunctionsTests(TestEnvironment env)
{
    [Fact]
    public async Task Roles_bound_by_admin_are_returned_to_static_web_apps_at_sign_in()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var user = $"Handlaggare.{Guid.NewGuid():N}@Lulea.example.se";

        var put = await admin.PutAsJsonAsync($"/api/access/bindings/{user}", new { roles = new[] { "office", "municipality-2580" } });
        var roles = await (await env.ClientAsync()).PostAsJsonAsync("/api/access/roles", new { identityProvider = "aad", userId = "abc", userDetails = user.ToUpperInvariant(), claims = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var body = await roles.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(["office", "municipality-2580"], body!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_signed_in_user_may_not_look_up_someone_elses_roles()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var user = $"chef-{Guid.NewGuid():N}@example.se";
        await admin.PutAsJsonAsync($"/api/access/bindings/{user}", new { roles = new[] { "admin" } });
        var curious = await env.ClientAsync(Principals.Office("2580", user: "curious"));

        var someoneElse = await curious.PostAsJsonAsync("/api/access/roles", new { userDetails = user });
        var own = await curious.PostAsJsonAsync("/api/access/roles", new { userDetails = "curious@example.se" });

        await someoneElse.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task An_unbound_user_gets_no_roles()
    {
        var client = await env.ClientAsync();

        var response = await client.PostAsJsonAsync("/api/access/roles", new { userDetails = $"nobody-{Guid.NewGuid():N}@example.se" });

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Empty(body!["roles"]!.AsArray());
    }

    [Theory]
    [InlineData("a/b@example.se")]
    [InlineData("a\\b@example.se")]
    [InlineData("a#b@example.se")]
    [InlineData("a?b@example.se")]
    [InlineData("a%2Fb@example.se")]
    public async Task A_sign_in_name_no_binding_may_have_gets_no_roles(string user)
    {
        var client = await env.ClientAsync();

        var response = await client.PostAsJsonAsync("/api/access/roles", new { userDetails = user });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonObject>())!["roles"]!.AsArray());
    }

    [Fact]
    public async Task Removing_a_binding_takes_the_roles_away_and_is_audited_without_the_name()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var user = $"region-{Guid.NewGuid():N}@example.se";
        await admin.PutAsJsonAsync($"/api/access/bindings/{user}", new { roles = new[] { "region", "county-24" } });

        var delete = await admin.DeleteAsync($"/api/access/bindings/{user}");
        var again = await admin.DeleteAsync($"/api/access/bindings/{user}");
        var listed = await admin.GetStringAsync("/api/access/bindings");
        var audit = await admin.GetFromJsonAsync<JsonObject>("/api/audit");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(user, listed, StringComparison.Ordinal);
        var actions = audit!["entries"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToList();
        Assert.Contains("access.binding.put", actions);
        Assert.Contains("access.binding.delete", actions);
        Assert.DoesNotContain(user, audit.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"roles": ["superuser"]}""", "roles")]
    [InlineData("""{"roles": ["municipality-9999"]}""", "roles")]
    [InlineData("""{"roles": ["county-99"]}""", "roles")]
    [InlineData("""{"roles": "office"}""", "roles")]
    [InlineData("""{}""", "roles")]
    [InlineData("""{"roles": ["office"], "role": "admin"}""", "role")]
    public async Task A_bad_binding_is_a_bad_request_naming_the_field(string json, string field)
    {
        var admin = await env.ClientAsync(Principals.Admin());

        var response = await admin.PutAsync("/api/access/bindings/someone@example.se", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task Only_admin_manages_bindings()
    {
        var staff = await env.ClientAsync(Principals.Staff());

        var list = await staff.GetAsync("/api/access/bindings");
        var put = await staff.PutAsJsonAsync("/api/access/bindings/x@example.se", new { roles = new[] { "admin" } });
        var delete = await staff.DeleteAsync("/api/access/bindings/x@example.se");

        await list.AssertProblemAsync(HttpStatusCode.Forbidden);
        await put.AssertProblemAsync(HttpStatusCode.Forbidden);
        await delete.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_roles_function_needs_the_sign_in_name()
    {
        var client = await env.ClientAsync();

        var response = await client.PostAsJsonAsync("/api/access/roles", new { userId = "abc" });

        await response.AssertFieldErrorsAsync("userDetails");
    }
}
