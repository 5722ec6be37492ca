using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Notes;
using Knowledge.Shared;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Notes;

[Collection(StorageCollection.Name)]
public sealed class NoteFunctionsTests(TestEnvironment env)
{
    private const string Umea = "2480";
    private const string Skelleftea = "2482";
    private const string FinancingText = "Ägaren Erik (811218-9876, erik@verkstad.example.se, 070-123 45 67) säger att banken inte lånar ut till investeringen i en ny svets.";

    private static JsonObject NewNote(string municipality, string text = FinancingText, Action<JsonObject>? change = null)
    {
        var note = new JsonObject
        {
            ["noteId"] = Guid.NewGuid().ToString(),
            ["municipality"] = municipality,
            ["interviewDate"] = "2026-11-20",
            ["company"] = new JsonObject { ["name"] = "Verkstad AB", ["organisationNumber"] = "556036-0793", ["sizeClass"] = "10-49", ["sector"] = "C" },
            ["text"] = text,
        };
        change?.Invoke(note);
        return note;
    }

    [Fact]
    public async Task A_saved_note_is_masked_tagged_and_never_stored_with_the_identity_number()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea);

        var response = await office.PostAsJsonAsync("/api/notes", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var note = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var text = note["text"]!.GetValue<string>();
        Assert.Contains("[personnummer]", text, StringComparison.Ordinal);
        Assert.Equal(3, note["maskedItems"]!.GetValue<int>());
        Assert.Contains("financing", note["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(note["suggested"]!["tagger"]!.GetValue<string>()));
        var row = await env.Tables.GetTableClient("MunicipalityRecords").GetEntityAsync<TableEntity>(Umea, $"note-{body["noteId"]}");
        var stored = string.Join(' ', row.Value.Select(p => p.Value?.ToString()));
        Assert.DoesNotContain("811218", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("erik@", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("123 45 67", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_typed_with_no_break_spaces_dashes_and_a_mistyped_identity_number_is_stored_masked()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea, "Vd:n (pnr 850709\u20111234, mobil 070\u00a0123\u00a045\u00a067, o'brien@verkstad.se) vill låna till en svets. Org.nr 556677\u20138899.");

        var response = await office.PostAsJsonAsync("/api/notes", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var row = (await env.Tables.GetTableClient("MunicipalityRecords").GetEntityAsync<NoteEntity>(Umea, $"note-{body["noteId"]}")).Value;
        Assert.Equal("Vd:n (pnr [personnummer], mobil [telefon], [e-post]) vill låna till en svets. Org.nr 556677\u20138899.", row.Text);
        var evidence = row.Suggested;
        Assert.All(new[] { "850709", "1234", "070", "brien" }, typed => Assert.DoesNotContain(typed, evidence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evidence_spans_point_at_the_stored_masked_text()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));

        var note = (await (await office.PostAsJsonAsync("/api/notes", NewNote(Umea))).Content.ReadFromJsonAsync<JsonObject>())!;

        var text = note["text"]!.GetValue<string>();
        var evidence = note["suggested"]!["tags"]!.AsArray().SelectMany(t => t!["evidence"]!.AsArray()).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            var (start, end) = (e!["start"]!.GetValue<int>(), e["end"]!.GetValue<int>());
            Assert.InRange(start, 0, end - 1);
            Assert.InRange(end, start + 1, text.Length);
            Assert.Contains(text[start..end], e["sentence"]!.GetValue<string>(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Saving_twice_with_the_same_id_stores_one_note_and_another_body_conflicts()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea);

        var first = await office.PostAsJsonAsync("/api/notes", body);
        var retry = await office.PostAsJsonAsync("/api/notes", body);
        body["text"] = "Något helt annat.";
        var changed = await office.PostAsJsonAsync("/api/notes", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await changed.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("text", null)]
    [InlineData("interviewDate", "20 november")]
    [InlineData("interviewDate", "2099-01-01")]
    [InlineData("noteId", "42")]
    [InlineData("municipality", "0000")]
    public async Task Bad_fields_are_named(string field, string? value)
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea, change: n => n[field] = value);

        var response = await office.PostAsJsonAsync("/api/notes", body);

        await response.AssertFieldErrorsAsync(field);
    }

    [Theory]
    [InlineData("organisationNumber", "556036-0794")]
    [InlineData("sizeClass", "250+")]
    [InlineData("sector", "Z")]
    [InlineData("turnover", "12 mnkr")]
    public async Task Bad_company_facts_are_named(string field, string value)
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea, change: n => n["company"]![field] = value);

        var response = await office.PostAsJsonAsync("/api/notes", body);

        await response.AssertFieldErrorsAsync($"company.{field}");
    }

    [Fact]
    public async Task Too_long_text_is_a_bad_request_naming_text()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));

        var response = await office.PostAsJsonAsync("/api/notes", NewNote(Umea, new string('a', 20_001)));

        await response.AssertFieldErrorsAsync("text");
    }

    [Fact]
    public async Task A_sole_traders_organisation_number_is_stored_masked()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea, change: n => n["company"]!["organisationNumber"] = "900101-1239");

        var note = (await (await office.PostAsJsonAsync("/api/notes", body)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal("[personnummer]", note["company"]!["organisationNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_office_cannot_write_or_read_another_municipalitys_notes()
    {
        var umea = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea);
        await umea.PostAsJsonAsync("/api/notes", body);
        var skelleftea = await env.ClientAsync(Principals.Office(Skelleftea));

        var write = await skelleftea.PostAsJsonAsync("/api/notes", NewNote(Umea));
        var list = await skelleftea.GetAsync($"/api/notes?municipality={Umea}");
        var read = await skelleftea.GetAsync($"/api/notes/{body["noteId"]}");

        await write.AssertProblemAsync(HttpStatusCode.Forbidden);
        await list.AssertProblemAsync(HttpStatusCode.Forbidden);
        await read.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_office_lists_its_notes_and_staff_can_read_any()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea);
        await office.PostAsJsonAsync("/api/notes", body);

        var list = await office.GetFromJsonAsync<JsonArray>($"/api/notes?municipality={Umea}");
        var staffRead = await (await env.ClientAsync(Principals.Staff())).GetAsync($"/api/notes/{body["noteId"]}");

        Assert.Contains(list!, n => n!["noteId"]!.GetValue<string>() == body["noteId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, staffRead.StatusCode);
        Assert.NotNull(staffRead.Headers.ETag);
    }

    [Fact]
    public async Task A_staff_review_replaces_the_suggested_tags_and_is_audited()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea);
        await office.PostAsJsonAsync("/api/notes", body);
        var staff = await env.ClientAsync(Principals.Staff("reviewer-1"));

        var review = await staff.PutAsJsonAsync($"/api/notes/{body["noteId"]}/tags", new { tags = new[] { "succession", "financing" } });
        var read = await office.GetFromJsonAsync<JsonObject>($"/api/notes/{body["noteId"]}");
        var audit = await (await env.ClientAsync(Principals.Admin())).GetFromJsonAsync<JsonObject>("/api/audit");

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(["financing", "succession"], read!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("reviewer-1", read["review"]!["reviewedBy"]!.GetValue<string>());
        Assert.Contains(audit!["entries"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "note.tags.review" && e["target"]!.GetValue<string>() == $"notes/{body["noteId"]}");
    }

    [Fact]
    public async Task A_review_against_a_stale_etag_is_refused()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea);
        await office.PostAsJsonAsync("/api/notes", body);
        var staff = await env.ClientAsync(Principals.Staff());
        var etag = (await staff.GetAsync($"/api/notes/{body["noteId"]}")).Headers.ETag!;
        await staff.PutAsJsonAsync($"/api/notes/{body["noteId"]}/tags", new { tags = new[] { "timing" } });

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/notes/{body["noteId"]}/tags") { Content = JsonContent.Create(new { tags = new[] { "competence" } }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag.Tag, etag.IsWeak));
        var response = await staff.SendAsync(stale);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Reviews_take_codebook_tags_only_and_only_from_staff()
    {
        var office = await env.ClientAsync(Principals.Office(Umea));
        var body = NewNote(Umea);
        await office.PostAsJsonAsync("/api/notes", body);

        var byOffice = await office.PutAsJsonAsync($"/api/notes/{body["noteId"]}/tags", new { tags = new[] { "timing" } });
        var unknown = await (await env.ClientAsync(Principals.Staff())).PutAsJsonAsync($"/api/notes/{body["noteId"]}/tags", new { tags = new[] { "weather" } });

        await byOffice.AssertProblemAsync(HttpStatusCode.Forbidden);
        await unknown.AssertFieldErrorsAsync("tags");
    }
}
