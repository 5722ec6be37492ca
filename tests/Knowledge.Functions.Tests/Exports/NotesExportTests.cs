using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Exports;

[Collection(StorageCollection.Name)]
public sealed class NotesExportTests(TestEnvironment env)
{
    private const string Jokkmokk = "2510";
    private const string Arjeplog = "2506";
    private const string Kalix = "2514"; // no test writes notes here
    private const string Norrbotten = "25";

    // The emoji (two UTF-16 units, one code point) and å/ä/ö come before the evidence, so UTF-16 and code-point positions differ.
    private const string Text = "Ägaren 👵 går i pension och ingen tar över företaget. Banken lånar inte ut till investeringen i en ny svets, säger ägaren (811218-9876).";

    private static readonly XNamespace P = QdaValidation.Project;

    [Fact]
    public async Task The_notes_export_is_a_qdpx_with_project_qde_at_the_root_and_one_text_source_per_note()
    {
        var note = await CreateNoteAsync(Jokkmokk);
        var staff = await env.ClientAsync(Principals.Staff());

        var response = await staff.GetAsync($"/api/exports/notes.qdpx?municipality={Jokkmokk}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"knowledge-notes-{Jokkmokk}.qdpx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var package = await QdpxPackage.ReadAsync(response);
        Assert.All(package.Entries.Keys, name => Assert.True(name == "project.qde" || (name.StartsWith("sources/", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal)), name));
        var sources = package.Sources.ToList();
        Assert.Equal(sources.Count, package.Entries.Count - 1);
        Assert.All(sources, s => Assert.Equal($"internal://{s.Attribute("guid")!.Value}.txt", (string)s.Attribute("plainTextPath")!));
        Assert.Equal(note["text"]!.GetValue<string>(), string.Concat(package.CodePoints(package.Source(note["noteId"]!.GetValue<string>()))));
        string[] order = ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs", "Description"];
        var children = package.Project.Root!.Elements().Select(e => Array.IndexOf(order, e.Name.LocalName)).ToList();
        Assert.DoesNotContain(-1, children);
        Assert.Equal(children.Order(), children);
    }

    [Fact]
    public async Task Each_reviewed_coding_covers_exactly_the_evidence_text_in_code_points_and_belongs_to_the_reviewer()
    {
        var note = await CreateNoteAsync(Jokkmokk);
        var id = note["noteId"]!.GetValue<string>();
        var evidence = EvidenceTexts(note);
        Assert.Contains("succession", evidence.Keys);
        Assert.Contains("financing", evidence.Keys);
        var staff = await env.ClientAsync(Principals.Staff("reviewer-qda"));
        (await staff.PutAsJsonAsync($"/api/notes/{id}/tags", new { tags = new[] { "succession", "financing" } })).EnsureSuccessStatusCode();

        var package = await QdpxPackage.ReadAsync(await staff.GetAsync($"/api/exports/notes.qdpx?municipality={Jokkmokk}"));

        var codings = package.Codings(package.Source(id));
        var codeNames = CodeNames(package);
        Assert.Equal(
            evidence.Where(e => e.Key is "succession" or "financing").SelectMany(e => e.Value.Select(text => (e.Key, text))).Order(),
            codings.Select(c => (TagOf(codeNames[c.Code]), c.Covered)).Order());
        Assert.All(codings, c => Assert.Equal("reviewer-qda", package.UserName(c.User)));
        Assert.All(codings, c => Assert.Contains(c.Code, package.ReviewedCodes));
        var last = codings.MaxBy(c => c.Start);
        Assert.Equal(note["text"]!.GetValue<string>().IndexOf(last.Covered, StringComparison.Ordinal) - 1, last.Start); // the emoji counts once
    }

    [Fact]
    public async Task A_tag_staff_added_without_evidence_codes_the_whole_text()
    {
        var note = await CreateNoteAsync(Jokkmokk);
        var id = note["noteId"]!.GetValue<string>();
        var staff = await env.ClientAsync(Principals.Staff());
        (await staff.PutAsJsonAsync($"/api/notes/{id}/tags", new { tags = new[] { "transition_requirements" } })).EnsureSuccessStatusCode();

        var package = await QdpxPackage.ReadAsync(await staff.GetAsync($"/api/exports/notes.qdpx?municipality={Jokkmokk}"));

        var source = package.Source(id);
        var coding = Assert.Single(package.Codings(source));
        Assert.Equal(0, coding.Start);
        Assert.Equal(package.CodePoints(source).Length, coding.End);
        Assert.Equal("Omställnings-, hållbarhets- och certifieringskrav", CodeNames(package)[coding.Code]);
    }

    [Fact]
    public async Task Suggestions_of_an_unreviewed_note_sit_on_separate_codes_by_the_tagger_and_never_on_reviewed_codes()
    {
        var reviewed = await CreateNoteAsync(Jokkmokk);
        var unreviewed = await CreateNoteAsync(Jokkmokk);
        var staff = await env.ClientAsync(Principals.Staff("reviewer-mix"));
        (await staff.PutAsJsonAsync($"/api/notes/{reviewed["noteId"]}/tags", new { tags = new[] { "succession" } })).EnsureSuccessStatusCode();

        var package = await QdpxPackage.ReadAsync(await staff.GetAsync($"/api/exports/notes.qdpx?municipality={Jokkmokk}"));

        var suggested = package.Codings(package.Source(unreviewed["noteId"]!.GetValue<string>()));
        var confirmed = package.Codings(package.Source(reviewed["noteId"]!.GetValue<string>()));
        Assert.NotEmpty(suggested);
        Assert.All(suggested, c => Assert.Contains(c.Code, package.SuggestedCodes));
        Assert.All(suggested, c => Assert.Equal(unreviewed["suggested"]!["tagger"]!.GetValue<string>(), package.UserName(c.User)));
        Assert.NotEmpty(confirmed);
        Assert.All(confirmed, c => Assert.Contains(c.Code, package.ReviewedCodes));
        Assert.Empty(package.ReviewedCodes.Intersect(package.SuggestedCodes));
        Assert.Equal(EvidenceTexts(unreviewed).Values.SelectMany(v => v).Order(), suggested.Select(c => c.Covered).Order());
    }

    [Fact]
    public async Task The_codes_of_a_project_have_the_guids_of_the_codebook_export()
    {
        var staff = await env.ClientAsync(Principals.Staff());

        var codebook = QdaValidation.Load(await staff.GetByteArrayAsync("/api/exports/codebook.qdc"), "Codebook.xsd");
        var package = await QdpxPackage.ReadAsync(await staff.GetAsync($"/api/exports/notes.qdpx?municipality={Kalix}"));

        Assert.Equal(
            codebook.Descendants(QdaValidation.Codebook + "Code").Select(c => (string)c.Attribute("guid")!).Order(),
            package.ReviewedCodes.Order());
    }

    [Fact]
    public async Task A_county_export_holds_the_notes_of_each_of_its_municipalities_and_no_other()
    {
        var jokkmokk = await CreateNoteAsync(Jokkmokk);
        var arjeplog = await CreateNoteAsync(Arjeplog);
        var umea = await CreateNoteAsync("2480");
        var admin = await env.ClientAsync(Principals.Admin());

        var response = await admin.GetAsync($"/api/exports/notes.qdpx?county={Norrbotten}");

        var package = await QdpxPackage.ReadAsync(response);
        var ids = package.Sources.Select(s => (string)s.Attribute("guid")!).ToHashSet();
        Assert.Contains(jokkmokk["noteId"]!.GetValue<string>(), ids);
        Assert.Contains(arjeplog["noteId"]!.GetValue<string>(), ids);
        Assert.DoesNotContain(umea["noteId"]!.GetValue<string>(), ids);
        Assert.Equal($"knowledge-notes-county-{Norrbotten}.qdpx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Nothing_unmasked_and_no_company_identity_leaves_in_the_export()
    {
        var note = await CreateNoteAsync(Jokkmokk);
        var staff = await env.ClientAsync(Principals.Staff());

        var package = await QdpxPackage.ReadAsync(await staff.GetAsync($"/api/exports/notes.qdpx?municipality={Jokkmokk}"));

        var everything = string.Concat(package.Entries.Values.Select(Encoding.UTF8.GetString));
        Assert.Contains("[personnummer]", string.Concat(package.CodePoints(package.Source(note["noteId"]!.GetValue<string>()))), StringComparison.Ordinal);
        Assert.DoesNotContain("811218", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("556036-0793", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Fjällverkstad", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_municipality_without_notes_exports_a_valid_project_without_sources()
    {
        var staff = await env.ClientAsync(Principals.Staff());

        var package = await QdpxPackage.ReadAsync(await staff.GetAsync($"/api/exports/notes.qdpx?municipality={Kalix}"));

        Assert.Empty(package.Sources);
        Assert.Equal(["project.qde"], package.Entries.Keys);
    }

    [Theory]
    [InlineData("", "municipality")]
    [InlineData("?municipality=9999", "municipality")]
    [InlineData("?county=99", "county")]
    [InlineData("?municipality=2510&county=25", "county")]
    public async Task A_bad_or_missing_scope_is_a_bad_request_naming_the_field(string query, string field)
    {
        var staff = await env.ClientAsync(Principals.Staff());

        var response = await staff.GetAsync($"/api/exports/notes.qdpx{query}");

        await response.AssertFieldErrorsAsync(field);
    }

    private async Task<JsonObject> CreateNoteAsync(string municipality)
    {
        var office = await env.ClientAsync(Principals.Office(municipality));
        var body = new JsonObject
        {
            ["noteId"] = Guid.NewGuid().ToString(),
            ["municipality"] = municipality,
            ["interviewDate"] = "2026-11-20",
            ["company"] = new JsonObject { ["name"] = "Fjällverkstad AB", ["organisationNumber"] = "556036-0793", ["sizeClass"] = "10-49", ["sector"] = "C" },
            ["text"] = Text,
        };
        var response = await office.PostAsJsonAsync("/api/notes", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    // The suggested evidence of each tag as text, cut from the stored text by its UTF-16 indices.
    private static Dictionary<string, List<string>> EvidenceTexts(JsonObject note)
    {
        var text = note["text"]!.GetValue<string>();
        return note["suggested"]!["tags"]!.AsArray().ToDictionary(
            t => t!["tag"]!.GetValue<string>(),
            t => t!["evidence"]!.AsArray().Select(e => text[e!["start"]!.GetValue<int>()..e["end"]!.GetValue<int>()]).Distinct().ToList());
    }

    private static Dictionary<string, string> CodeNames(QdpxPackage package) =>
        package.Project.Descendants(P + "Code").ToDictionary(c => (string)c.Attribute("guid")!, c => (string)c.Attribute("name")!);

    private static string TagOf(string swedishLabel) => swedishLabel switch
    {
        "Generationsskifte" => "succession",
        "Finansiering" => "financing",
        _ => swedishLabel,
    };
}
