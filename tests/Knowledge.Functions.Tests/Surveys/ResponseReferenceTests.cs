using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Surveys;

/// <summary>
/// The office's private reference for its answer: set at submit or afterwards, masked, seen by that office only, in no
/// regional, admin or export output, cleared by a withdrawal and gone after an erasure.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class ResponseReferenceTests(TestEnvironment env)
{
    private const string Jonkoping = "0680";
    private const string Varnamo = "0683";
    private const string JonkopingsLan = "06";

    [Fact]
    public async Task The_office_sets_a_reference_when_it_submits_and_sees_it_in_its_answer_and_its_list()
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var reference = UniqueReference();
        var body = WithReference(SurveyAnswers.Valid(Varnamo), $"  {reference}  ");

        var submitted = await office.SubmitAsync(body);

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(reference, (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["reference"]!.GetValue<string>());
        Assert.Equal(reference, (await office.GetFromJsonAsync<JsonObject>(Address(body)))!["reference"]!.GetValue<string>());
        var listed = (await office.GetFromJsonAsync<JsonObject>($"/api/surveys/sme-needs/responses?municipality={Varnamo}"))!["items"]!.AsArray();
        Assert.Equal(reference, listed.Single(i => i!["responseId"]!.GetValue<string>() == Id(body))!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_office_changes_and_clears_its_reference_and_a_correction_keeps_it_without_copying_it()
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var body = SurveyAnswers.Valid(Varnamo);
        await office.SubmitAsync(body);
        var first = UniqueReference();
        var second = UniqueReference();

        var set = await office.PutAsJsonAsync($"{Address(body)}/reference", new { reference = first });
        var correction = body.DeepClone().AsObject();
        correction["data"]!["sizeClass"] = "50-249";
        var corrected = await office.PutAsJsonAsync(Address(body), correction);
        var changed = await office.PutAsJsonAsync($"{Address(body)}/reference", new { reference = second });
        var storedBeforeClearing = await StoredText.FindAsync(env.Tables, first, second);
        var cleared = await office.PutAsJsonAsync($"{Address(body)}/reference", new JsonObject { ["reference"] = null });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.NotNull(set.Headers.ETag);
        Assert.Equal(first, (await corrected.Content.ReadFromJsonAsync<JsonObject>())!["reference"]!.GetValue<string>());
        Assert.Equal(second, (await changed.Content.ReadFromJsonAsync<JsonObject>())!["reference"]!.GetValue<string>());
        Assert.Equal([$"MunicipalityRecords/{Varnamo}/response-{Id(body)}/Reference contains '{second}'"], storedBeforeClearing);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.False((await office.GetFromJsonAsync<JsonObject>(Address(body)))!.ContainsKey("reference"));
        Assert.Empty(await StoredText.FindAsync(env.Tables, first, second));
    }

    [Fact]
    public async Task The_reference_is_masked_like_free_text_before_it_is_stored()
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var body = SurveyAnswers.Valid(Varnamo);
        await office.SubmitAsync(body);

        var set = await office.PutAsJsonAsync($"{Address(body)}/reference", new { reference = "Anna 19811218-9876 anna.svensson@example.se 070-123 45 67" });

        var stored = (await set.Content.ReadFromJsonAsync<JsonObject>())!["reference"]!.GetValue<string>();
        Assert.Equal("Anna [personnummer] [e-post] [telefon]", stored);
        Assert.Empty(await StoredText.FindAsync(env.Tables, "19811218", "anna.svensson", "123 45 67"));
    }

    [Theory]
    [InlineData("too long")]
    [InlineData("control character")]
    [InlineData("line break")]
    [InlineData("number")]
    public async Task A_bad_reference_gets_a_400_naming_the_reference_and_stores_nothing(string what)
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var body = SurveyAnswers.Valid(Varnamo);
        await office.SubmitAsync(body);
        JsonNode value = what switch
        {
            "too long" => new string('x', 101),
            "control character" => "Bolaget\u0007AB",
            "line break" => "Bolaget\nAB",
            _ => 42,
        };
        var rejected = WithReference(SurveyAnswers.Valid(Varnamo), value.DeepClone());

        var put = await office.PutAsJsonAsync($"{Address(body)}/reference", new JsonObject { ["reference"] = value.DeepClone() });
        var post = await office.SubmitAsync(rejected);

        await put.AssertFieldErrorsAsync("reference");
        await post.AssertFieldErrorsAsync("reference");
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(Address(rejected))).StatusCode);
    }

    [Fact]
    public async Task Setting_a_blank_reference_is_refused_since_null_says_clear_plainly()
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var body = WithReference(SurveyAnswers.Valid(Varnamo), UniqueReference());
        await office.SubmitAsync(body);

        var blank = await office.PutAsJsonAsync($"{Address(body)}/reference", new { reference = "   " });
        var missing = await office.PutAsJsonAsync($"{Address(body)}/reference", new { });

        await blank.AssertFieldErrorsAsync("reference");
        await missing.AssertFieldErrorsAsync("reference");
        Assert.Equal(body["reference"]!.GetValue<string>(), (await office.GetFromJsonAsync<JsonObject>(Address(body)))!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reference_of_exactly_100_characters_after_trimming_is_kept()
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var body = SurveyAnswers.Valid(Varnamo);
        await office.SubmitAsync(body);
        var hundred = new string('x', 100);

        var set = await office.PutAsJsonAsync($"{Address(body)}/reference", new { reference = $" {hundred} " });

        Assert.Equal(hundred, (await set.Content.ReadFromJsonAsync<JsonObject>())!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_office_cannot_set_or_see_the_reference_and_a_correction_may_not_carry_one()
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var other = await env.ClientAsync(Principals.Office(Jonkoping, "other-office"));
        var body = WithReference(SurveyAnswers.Valid(Varnamo), UniqueReference());
        await office.SubmitAsync(body);
        var correction = WithReference(body.DeepClone().AsObject(), UniqueReference());

        var put = await other.PutAsJsonAsync($"{Address(body)}/reference", new { reference = "Fel kontor" });
        var corrected = await office.PutAsJsonAsync(Address(body), correction);

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        await corrected.AssertFieldErrorsAsync("reference");
    }

    [Fact]
    public async Task No_output_beside_the_office_carries_the_reference_and_storage_keeps_it_only_on_the_answer()
    {
        var office = await env.ClientAsync(Principals.Office(Jonkoping));
        var reference = UniqueReference();
        var bodies = Enumerable.Range(0, 6).Select(_ => WithReference(SurveyAnswers.Valid(Jonkoping), reference)).ToList();
        foreach (var body in bodies)
        {
            Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(body)).StatusCode);
        }

        var answer = Address(bodies[0]);
        var admin = await env.ClientAsync(Principals.Admin());
        var region = await env.ClientAsync(Principals.Region(JonkopingsLan));
        var staff = await env.ClientAsync(Principals.Staff());
        var period = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var outputs = new List<(string Who, string Url, HttpResponseMessage Response)>();
        async Task ReadAsync(string who, HttpClient client, string url) => outputs.Add((who, url, await client.GetAsync(url)));

        await ReadAsync("admin", admin, answer);
        await ReadAsync("admin", admin, $"/api/surveys/sme-needs/responses?municipality={Jonkoping}");
        await ReadAsync("admin", admin, $"/api/surveys/sme-needs/responses?municipality={Jonkoping}&format=csv");
        await ReadAsync("office", office, $"/api/surveys/sme-needs/responses?municipality={Jonkoping}&format=csv");
        foreach (var (who, client) in new[] { ("admin", admin), ("region", region) })
        {
            await ReadAsync(who, client, $"/api/needs?county={JonkopingsLan}");
            await ReadAsync(who, client, $"/api/needs?county={JonkopingsLan}&format=csv");
            await ReadAsync(who, client, $"/api/needs/municipalities/{Jonkoping}");
            await ReadAsync(who, client, $"/api/needs/municipalities/{Jonkoping}/examples");
            await ReadAsync(who, client, $"/api/reports/situation?county={JonkopingsLan}");
        }

        await ReadAsync("office", office, $"/api/needs/municipalities/{Jonkoping}");
        var issued = await region.PostAsJsonAsync("/api/reports/situation/issued", new { county = JonkopingsLan, period });
        outputs.Add(("region", "POST /api/reports/situation/issued", issued));
        await ReadAsync("region", region, $"/api/reports/situation/issued?county={JonkopingsLan}");
        await ReadAsync("staff", staff, $"/api/notes?county={JonkopingsLan}&review=pending");
        await ReadAsync("admin", admin, "/api/audit");
        var erasure = await admin.PostAsJsonAsync("/api/erasures", new { responseId = Id(bodies[1]) });
        outputs.Add(("admin", "POST /api/erasures", erasure));

        var failed = outputs.Where(o => !o.Response.IsSuccessStatusCode).Select(o => $"{o.Who} {o.Url}: {(int)o.Response.StatusCode}");
        Assert.Empty(failed);
        var carrying = new List<string>();
        foreach (var (who, url, response) in outputs)
        {
            if ((await response.Content.ReadAsStringAsync()).Contains(reference, StringComparison.OrdinalIgnoreCase))
            {
                carrying.Add($"{who} {url}");
            }
        }

        Assert.Empty(carrying);
        Assert.Contains(reference, await office.GetStringAsync(answer), StringComparison.Ordinal); // the office itself does see it
        var stored = await StoredText.FindAsync(env.Tables, reference);
        Assert.Equal(bodies.Skip(2).Prepend(bodies[0]).Select(b => $"MunicipalityRecords/{Jonkoping}/response-{Id(b)}/Reference contains '{reference}'").Order(), stored.Order());
    }

    [Fact]
    public async Task A_withdrawal_clears_the_reference_and_an_erasure_removes_it()
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var admin = await env.ClientAsync(Principals.Admin());
        var withdrawnReference = UniqueReference();
        var erasedReference = UniqueReference();
        var withdrawn = WithReference(SurveyAnswers.Valid(Varnamo), withdrawnReference);
        var erased = WithReference(SurveyAnswers.Valid(Varnamo), erasedReference);
        await office.SubmitAsync(withdrawn);
        await office.SubmitAsync(erased);

        var withdrawal = await office.DeleteAsync(Address(withdrawn));
        var setAfterwards = await office.PutAsJsonAsync($"{Address(withdrawn)}/reference", new { reference = "Igen" });
        var erasure = await admin.PostAsJsonAsync("/api/erasures", new { responseId = Id(erased) });

        Assert.Equal(HttpStatusCode.NoContent, withdrawal.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, setAfterwards.StatusCode);
        Assert.Equal(HttpStatusCode.OK, erasure.StatusCode);
        Assert.Empty(await StoredText.FindAsync(env.Tables, withdrawnReference, erasedReference));
        var kept = (await env.Tables.GetTableClient("MunicipalityRecords").GetEntityAsync<TableEntity>(Varnamo, $"response-{Id(withdrawn)}")).Value;
        Assert.NotNull(kept.GetDateTimeOffset("WithdrawnAt")); // the withdrawn answer itself is kept for the audit
    }

    [Fact]
    public async Task Erasing_a_company_by_the_organisation_number_in_a_reference_erases_that_answer()
    {
        const string Number = "559371-2465";
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var body = WithReference(SurveyAnswers.Valid(Varnamo), $"Värnamo Smide AB {Number}");
        await office.SubmitAsync(body);
        var admin = await env.ClientAsync(Principals.Admin());

        var erasure = await admin.PostAsJsonAsync("/api/erasures", new { organisationNumber = Number });

        Assert.Equal(HttpStatusCode.OK, erasure.StatusCode);
        Assert.Contains(Id(body), (await erasure.Content.ReadFromJsonAsync<JsonObject>())!["responses"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Empty(await StoredText.FindAsync(env.Tables, "Värnamo Smide", "5593712465"));
    }

    [Fact]
    public async Task The_reference_is_no_part_of_the_answers_fingerprint_so_a_retry_replays_the_stored_one()
    {
        var office = await env.ClientAsync(Principals.Office(Varnamo));
        var reference = UniqueReference();
        var body = WithReference(SurveyAnswers.Valid(Varnamo), reference);
        await office.SubmitAsync(body);

        var retry = await office.SubmitAsync(WithReference(body.DeepClone().AsObject(), UniqueReference()));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(reference, (await retry.Content.ReadFromJsonAsync<JsonObject>())!["reference"]!.GetValue<string>());
    }

    // Letters only, so that no masking rule (numbers, addresses) touches it and it is found wherever it is copied.
    private static string UniqueReference() =>
        "Referensbolaget " + string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('a' + Random.Shared.Next(26))));

    private static JsonObject WithReference(JsonObject body, JsonNode? reference)
    {
        body["reference"] = reference;
        return body;
    }

    private static string Id(JsonObject body) => body["responseId"]!.GetValue<string>();

    private static string Address(JsonObject body) => $"/api/surveys/sme-needs/responses/{Id(body)}";
}
