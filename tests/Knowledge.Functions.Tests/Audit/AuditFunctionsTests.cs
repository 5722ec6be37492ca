using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Audit;

[Collection(StorageCollection.Name)]
public sealed class AuditFunctionsTests(TestEnvironment env)
{
    [Fact]
    public async Task Every_stored_answer_has_an_audit_row_that_admin_reads()
    {
        var office = await env.ClientAsync(Principals.Office("2584", user: "kiruna-office"));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var body = SurveyAnswers.Valid("2584");
            await office.SubmitAsync(body);
            ids.Add(body["responseId"]!.GetValue<string>());
        }

        var admin = await env.ClientAsync(Principals.Admin());
        var audit = await admin.GetFromJsonAsync<JsonObject>($"/api/audit?from={DateTime.UtcNow.AddMinutes(-5):O}");

        var entries = audit!["entries"]!.AsArray().Select(e => e!.AsObject()).ToList();
        foreach (var id in ids)
        {
            var entry = Assert.Single(entries, e => e["target"]!.GetValue<string>() == $"surveys/sme-needs/responses/{id}");
            Assert.Equal("kiruna-office", entry["actorId"]!.GetValue<string>());
            Assert.Equal("survey.response.submit", entry["action"]!.GetValue<string>());
            Assert.Equal("2584", entry["scope"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Audit_rows_hold_no_free_text_from_the_answer()
    {
        var office = await env.ClientAsync(Principals.Office("2582"));
        await office.SubmitAsync(SurveyAnswers.Valid("2582", change: d => d["needs"] = "Kontakta Anna Andersson, anna@boden.example.se"));

        var admin = await env.ClientAsync(Principals.Admin());
        var audit = await admin.GetStringAsync("/api/audit");

        Assert.DoesNotContain("Anna", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("@boden", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("office")]
    [InlineData("region")]
    [InlineData("staff")]
    public async Task Other_roles_cannot_read_the_audit_trail(string role)
    {
        var principal = role switch
        {
            "office" => Principals.Office("2580"),
            "region" => Principals.Region("25"),
            _ => Principals.Staff(),
        };
        var client = await env.ClientAsync(principal);

        var response = await client.GetAsync("/api/audit");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_date_range_only_returns_entries_inside_it()
    {
        var admin = await env.ClientAsync(Principals.Admin());

        var past = await admin.GetFromJsonAsync<JsonObject>("/api/audit?from=2020-01-01&to=2020-12-31");

        Assert.Empty(past!["entries"]!.AsArray());
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("to=9999-12-31T23:59:59Z", "to")]
    public async Task A_bad_range_is_a_bad_request_naming_the_field(string query, string field)
    {
        var admin = await env.ClientAsync(Principals.Admin());

        var response = await admin.GetAsync($"/api/audit?{query}");

        await response.AssertFieldErrorsAsync(field);
    }
}
