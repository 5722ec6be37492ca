using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Surveys.Authoring;

/// <summary>Each test authors its own survey (a copy of sme-needs v1 as its version 1), so the shared sme-needs stays as shipped.</summary>
[Collection(StorageCollection.Name)]
public sealed class SurveyAuthoringFunctionsTests(TestEnvironment env)
{
    [Fact]
    public async Task Staff_create_a_draft_of_the_next_version_from_the_latest_published()
    {
        var id = await env.SeedSurveyAsync();
        var client = await env.ClientAsync(Principals.Staff());

        var response = await client.PostAsync($"/api/surveys/{id}/versions", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var draft = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, draft["version"]!.GetValue<int>());
        Assert.Equal("draft", draft["status"]!.GetValue<string>());
        Assert.Empty(draft["problems"]!.AsObject());
    }

    [Fact]
    public async Task A_second_draft_is_a_conflict_that_returns_the_existing_draft()
    {
        var id = await env.SeedSurveyAsync();
        var client = await env.ClientAsync(Principals.Admin());
        await client.PostAsync($"/api/surveys/{id}/versions", null);

        var response = await client.PostAsync($"/api/surveys/{id}/versions", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, problem["draft"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_edit_with_a_stale_etag_fails_with_412()
    {
        var id = await env.SeedSurveyAsync();
        var client = await env.ClientAsync(Principals.Staff());
        var created = await client.PostAsync($"/api/surveys/{id}/versions", null);
        var etag = created.Headers.ETag!.ToString();
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var first = await PutAsync(client, id, 2, WithApprentices(draft["definition"]!.AsObject()), etag);

        var second = await PutAsync(client, id, 2, draft["definition"]!.AsObject(), etag);

        Assert.True(first.StatusCode == HttpStatusCode.OK, $"{etag} {await first.Content.ReadAsStringAsync()}");
        Assert.NotEqual(etag, first.Headers.ETag!.ToString());
        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_saved_draft_reports_its_problems_and_cannot_be_published_until_they_are_fixed()
    {
        var id = await env.SeedSurveyAsync();
        var client = await env.ClientAsync(Principals.Staff());
        var draft = (await (await client.PostAsync($"/api/surveys/{id}/versions", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var definition = draft["definition"]!.AsObject();
        definition["pages"]![1]!["elements"]![0]!["choices"]!.AsArray().Add("weather");

        var saved = await PutAsync(client, id, 2, definition, null);
        var publish = await client.PostAsync($"/api/surveys/{id}/versions/2/publish", null);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var problems = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["problems"]!.AsObject();
        Assert.True(problems.ContainsKey("definition.pages[1].elements[0].choices[8]"), problems.ToJsonString());
        var errors = await publish.AssertFieldErrorsAsync("definition.pages[1].elements[0].choices[8]");
        Assert.Contains("'weather' that is no codebook tag", errors["definition.pages[1].elements[0].choices[8]"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_draft_makes_it_the_latest_immutable_version_with_its_changes_listed()
    {
        var id = await env.SeedSurveyAsync();
        var client = await env.ClientAsync(Principals.Staff());
        var draft = (await (await client.PostAsync($"/api/surveys/{id}/versions", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        await PutAsync(client, id, 2, WithApprentices(draft["definition"]!.AsObject()), null);

        var changes = await client.GetFromJsonAsync<JsonObject>($"/api/surveys/{id}/versions/2/changes");
        var published = await client.PostAsync($"/api/surveys/{id}/versions/2/publish", null);
        var edit = await PutAsync(client, id, 2, draft["definition"]!.AsObject(), null);
        var latest = await client.GetFromJsonAsync<JsonObject>($"/api/surveys/{id}");
        var version = await client.GetAsync($"/api/surveys/{id}/versions/2");

        Assert.Equal("apprentices", changes!["added"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(1, changes["against"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal($"/api/surveys/{id}/versions/2", published.Headers.Location?.OriginalString);
        var problem = await edit.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("published versions are immutable", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, latest!["version"]!.GetValue<int>());
        Assert.Equal("published", (await version.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.NotNull(version.Headers.ETag);
        var rows = env.Tables.GetTableClient("Surveys").Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}")).Select(e => e.RowKey).ToList();
        Assert.DoesNotContain(rows, r => r.StartsWith("draft-", StringComparison.Ordinal));
        Assert.Equal(3, rows.Count(r => r.StartsWith("audit-", StringComparison.Ordinal))); // create, update, publish
    }

    [Fact]
    public async Task Publishing_with_a_stale_etag_fails_with_412()
    {
        var id = await env.SeedSurveyAsync();
        var client = await env.ClientAsync(Principals.Staff());
        var created = await client.PostAsync($"/api/surveys/{id}/versions", null);
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        await PutAsync(client, id, 2, WithApprentices(draft["definition"]!.AsObject()), null);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/surveys/{id}/versions/2/publish");
        request.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());

        var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Theory]
    [InlineData("POST", "versions")]
    [InlineData("GET", "versions/1")]
    [InlineData("PUT", "versions/1")]
    [InlineData("GET", "versions/1/changes")]
    [InlineData("POST", "versions/2/publish")]
    public async Task An_office_may_not_author_surveys(string method, string path)
    {
        var client = await env.ClientAsync(Principals.Office("2580"));
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/surveys/sme-needs/{path}");
        if (method == "PUT")
        {
            request.Content = JsonContent.Create(new JsonObject { ["definition"] = new JsonObject() });
        }

        var response = await client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private static JsonObject WithApprentices(JsonObject definition)
    {
        var copy = definition.DeepClone().AsObject();
        copy["pages"]![1]!["elements"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "text",
            ["name"] = "apprentices",
            ["inputType"] = "number",
            ["title"] = new JsonObject { ["default"] = "Hur många lärlingar?", ["en"] = "How many apprentices?" },
        });
        return copy;
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string id, int version, JsonObject definition, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/surveys/{id}/versions/{version}")
        {
            Content = JsonContent.Create(new JsonObject { ["definition"] = definition.DeepClone() }),
        };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await client.SendAsync(request);
    }
}
