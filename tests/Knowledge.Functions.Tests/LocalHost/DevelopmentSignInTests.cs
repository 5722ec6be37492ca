using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Knowledge.Tests.LocalHost;

[Collection(StorageCollection.Name)]
public sealed class DevelopmentSignInTests(TestEnvironment env)
{
    [Fact]
    public async Task Signing_in_sets_the_principal_that_the_api_and_auth_me_see()
    {
        var client = env.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await env.ClientAsync(); // ready

        var signIn = await client.PostAsync("/.auth/login/dev", new FormUrlEncodedContent(
        [
            new("user", "kontor@pitea.example.se"),
            new("role", "office"),
            new("municipality", "2581"),
            new("redirect", "/survey.html"),
        ]));
        var me = await client.GetFromJsonAsync<JsonObject>("/.auth/me");
        var survey = await client.GetAsync("/api/surveys/sme-needs");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/survey.html", signIn.Headers.Location?.OriginalString);
        var roles = me!["clientPrincipal"]!["userRoles"]!.AsArray().Select(r => r!.GetValue<string>());
        Assert.Contains("office", roles);
        Assert.Contains("municipality-2581", roles);
        Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
    }

    [Fact]
    public async Task Sign_in_redirects_only_within_the_site()
    {
        var client = env.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await env.ClientAsync();

        var signIn = await client.PostAsync("/.auth/login/dev", new FormUrlEncodedContent(
        [
            new("user", "x"), new("role", "staff"), new("redirect", "//evil.example.com/"),
        ]));

        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Outside_development_there_is_no_sign_in_page()
    {
        await using var production = new KnowledgeApp(env.Azurite).WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = production.CreateClient();

        var page = await client.GetAsync("/.auth/login/dev");
        var me = await client.GetAsync("/.auth/me");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, me.StatusCode);
    }
}
