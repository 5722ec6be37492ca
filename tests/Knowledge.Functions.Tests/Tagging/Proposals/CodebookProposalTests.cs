using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Azure.Data.Tables;
using Knowledge.Tests.Exports;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Tagging.Proposals;

/// <summary>Accepting changes the codebook for everyone, so these tests have an Azurite and app of their own.</summary>
public sealed class CodebookProposalTests(TestEnvironment env) : IClassFixture<TestEnvironment>
{
    private static readonly XNamespace C = QdaValidation.Codebook;

    [Fact]
    public async Task An_accepted_import_adds_the_new_code_renames_the_label_and_keeps_the_missing_tag()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var before = await CodebookAsync(admin);
        var file = await EditedExportAsync(admin, rename: ("Finansiering", "Finansiering och kapital"), remove: "Generationsskifte", add: "Energi och el");

        var imported = await admin.PostAsync("/api/exports/codebook.qdc", CodebookImportTests.Xml(file));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var proposal = (await imported.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("pending", proposal["status"]!.GetValue<string>());
        Assert.Equal($"/api/codebook/proposals/{proposal["id"]}", imported.Headers.Location!.OriginalString);
        Assert.Equal(before.Version, (await CodebookAsync(admin)).Version); // nothing applied yet

        var accepted = await admin.PostAsync($"/api/codebook/proposals/{proposal["id"]}/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("accepted", body["status"]!.GetValue<string>());
        Assert.Equal(before.Version + 1, body["acceptedVersion"]!.GetValue<int>());
        var after = await CodebookAsync(admin);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal("Finansiering och kapital", after.Labels["financing"]);
        Assert.Equal("Energi och el", after.Labels["energi_och_el"]);
        Assert.Contains("succession", after.Labels.Keys);
        Assert.Equal(before.Labels.Count + 1, after.Labels.Count);
    }

    [Fact]
    public async Task Importing_the_same_file_again_answers_the_stored_proposal()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var file = await EditedExportAsync(admin, add: $"Kod {Guid.NewGuid():N}");

        var first = await admin.PostAsync("/api/exports/codebook.qdc", CodebookImportTests.Xml(file));
        var second = await admin.PostAsync("/api/exports/codebook.qdc", CodebookImportTests.Xml(file));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.Equal(id, (await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        var listed = (await admin.GetFromJsonAsync<JsonArray>("/api/codebook/proposals"))!;
        Assert.Single(listed, p => p!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Accepting_twice_makes_one_new_version_and_a_proposal_made_before_it_is_a_conflict()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var first = await ProposeAsync(admin, await EditedExportAsync(admin, add: $"Första {Guid.NewGuid():N}"));
        var rival = await ProposeAsync(admin, await EditedExportAsync(admin, add: $"Andra {Guid.NewGuid():N}"));

        var accepted = await (await admin.PostAsync($"/api/codebook/proposals/{first}/accept", null)).Content.ReadFromJsonAsync<JsonObject>();
        var again = await admin.PostAsync($"/api/codebook/proposals/{first}/accept", null);
        var stale = await admin.PostAsync($"/api/codebook/proposals/{rival}/accept", null);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(accepted!["acceptedVersion"]!.GetValue<int>(), (await again.Content.ReadFromJsonAsync<JsonObject>())!["acceptedVersion"]!.GetValue<int>());
        Assert.Equal(accepted["acceptedVersion"]!.GetValue<int>(), (await CodebookAsync(admin)).Version);
        await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        var rivalNow = (await admin.GetFromJsonAsync<JsonObject>($"/api/codebook/proposals/{rival}"))!;
        Assert.Equal("pending", rivalNow["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_acceptance_is_audited_and_reaches_an_instance_started_later()
    {
        var admin = await env.ClientAsync(Principals.Admin("codebook-admin"));
        var label = $"Vatten {Guid.NewGuid():N}";
        var id = await ProposeAsync(admin, await EditedExportAsync(admin, add: label));
        (await admin.PostAsync($"/api/codebook/proposals/{id}/accept", null)).EnsureSuccessStatusCode();

        await using var later = new KnowledgeApp(env.Azurite);
        var seen = await CodebookAsync((await later.CreateReadyClientAsync()).As(Principals.Admin()));

        Assert.Contains(label, seen.Labels.Values);
        var audit = env.Tables.GetTableClient("Codebook").QueryAsync<TableEntity>(e => e.PartitionKey == "codebook");
        var actions = new List<(string?, string?, string?)>();
        await foreach (var row in audit)
        {
            actions.Add((row.GetString("Action"), row.GetString("Target"), row.GetString("ActorId")));
        }

        Assert.Contains(("codebook.proposal.accept", $"codebook/proposals/{id}", "codebook-admin"), actions);
    }

    [Fact]
    public async Task Accepting_an_unknown_proposal_is_not_found_and_a_bad_id_names_the_id()
    {
        var admin = await env.ClientAsync(Principals.Admin());

        await (await admin.PostAsync($"/api/codebook/proposals/{Guid.NewGuid()}/accept", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync("/api/codebook/proposals/not-a-guid/accept", null)).AssertFieldErrorsAsync("id");
    }

    private static async Task<string> ProposeAsync(HttpClient admin, byte[] file)
    {
        var response = await admin.PostAsync("/api/exports/codebook.qdc", CodebookImportTests.Xml(file));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static async Task<byte[]> EditedExportAsync(HttpClient admin, (string From, string To)? rename = null, string? remove = null, string? add = null)
    {
        var document = XDocument.Load(new MemoryStream(await admin.GetByteArrayAsync("/api/exports/codebook.qdc")));
        var codes = document.Root!.Element(C + "Codes")!;
        if (rename is { } r)
        {
            codes.Elements(C + "Code").Single(c => (string)c.Attribute("name")! == r.From).SetAttributeValue("name", r.To);
        }

        codes.Elements(C + "Code").SingleOrDefault(c => (string)c.Attribute("name")! == remove)?.Remove();
        if (add is not null)
        {
            codes.Add(new XElement(C + "Code", new XAttribute("guid", Guid.NewGuid()), new XAttribute("name", add), new XAttribute("isCodable", "true")));
        }

        return Encoding.UTF8.GetBytes(document.ToString());
    }

    private static async Task<(int Version, Dictionary<string, string> Labels)> CodebookAsync(HttpClient client)
    {
        var codebook = (await client.GetFromJsonAsync<JsonObject>("/api/codebook"))!;
        return (
            codebook["version"]!.GetValue<int>(),
            codebook["tags"]!.AsArray().ToDictionary(t => t!["tag"]!.GetValue<string>(), t => t!["label"]!["sv"]!.GetValue<string>()));
    }
}
