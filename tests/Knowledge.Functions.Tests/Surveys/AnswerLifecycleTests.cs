using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Needs;
using Knowledge.Shared.Http;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Surveys;

/// <summary>An office corrects or withdraws its answers; the counters move in the same write and equal a rebuild.</summary>
[Collection(StorageCollection.Name)]
public sealed class AnswerLifecycleTests(TestEnvironment env)
{
    private const string Falun = "2080";
    private const string Dalarna = "20";
    private const string Borlange = "2081";
    private const string Vasteras = "1980";
    private const string Koping = "1983";

    [Fact]
    public async Task Correcting_an_answer_moves_its_counts_to_the_new_cell_and_keeps_the_old_revision()
    {
        var office = await env.ClientAsync(Principals.Office(Borlange));
        var body = Answer(Borlange);
        var responseId = body["responseId"]!.GetValue<string>();
        await office.SubmitAsync(body);
        var before = await CountersAsync(Borlange);

        var corrected = await office.PutAsJsonAsync(Address(responseId), Correction(body, "50-249", "succession"));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var view = (await corrected.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, view["revision"]!.GetValue<int>());
        Assert.Equal("50-249", view["sizeClass"]!.GetValue<string>());
        var after = await CountersAsync(Borlange);
        Assert.Equal(Count(before, "-survey-10-49-C", "Respondents") - 1, Count(after, "-survey-10-49-C", "Respondents"));
        Assert.Equal(Count(before, "-survey-10-49-C", "Tag_competence") - 1, Count(after, "-survey-10-49-C", "Tag_competence"));
        Assert.Equal(Count(before, "-survey-50-249-C", "Respondents") + 1, Count(after, "-survey-50-249-C", "Respondents"));
        Assert.Equal(Count(before, "-survey-50-249-C", "Tag_succession") + 1, Count(after, "-survey-50-249-C", "Tag_succession"));
        var kept = (await Table.GetEntityAsync<TableEntity>(Borlange, $"revision-{responseId}-0001")).Value;
        Assert.Equal("10-49", kept.GetString("SizeClass"));
    }

    [Fact]
    public async Task The_same_correction_again_answers_200_and_moves_no_count_twice()
    {
        var office = await env.ClientAsync(Principals.Office(Borlange));
        var body = Answer(Borlange);
        var responseId = body["responseId"]!.GetValue<string>();
        await office.SubmitAsync(body);
        var correction = Correction(body, "0-9", "procurement");
        var before = await CountersAsync(Borlange);

        var first = await office.PutAsJsonAsync(Address(responseId), correction);
        var again = await office.PutAsJsonAsync(Address(responseId), correction);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonObject>())!["revision"]!.GetValue<int>());
        Assert.Equal(Count(before, "-survey-0-9-C", "Tag_procurement") + 1, Count(await CountersAsync(Borlange), "-survey-0-9-C", "Tag_procurement"));
    }

    [Fact]
    public async Task A_retry_of_the_original_submission_after_a_correction_replays_the_corrected_answer()
    {
        var office = await env.ClientAsync(Principals.Office(Borlange));
        var body = Answer(Borlange);
        await office.SubmitAsync(body);
        await office.PutAsJsonAsync(Address(body["responseId"]!.GetValue<string>()), Correction(body, "0-9", "infrastructure"));
        var before = await CountersAsync(Borlange);

        var retry = await office.SubmitAsync(body);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, (await retry.Content.ReadFromJsonAsync<JsonObject>())!["revision"]!.GetValue<int>());
        Assert.Equal(Count(before, "-survey-0-9-C", "Respondents"), Count(await CountersAsync(Borlange), "-survey-0-9-C", "Respondents"));
    }

    [Fact]
    public async Task A_correction_with_a_stale_if_match_is_refused_with_412()
    {
        var office = await env.ClientAsync(Principals.Office(Borlange));
        var body = Answer(Borlange);
        var responseId = body["responseId"]!.GetValue<string>();
        await office.SubmitAsync(body);
        var read = await office.GetAsync(Address(responseId));
        var etag = read.Headers.ETag!;

        var first = await Put(office, responseId, Correction(body, "0-9", "timing"), etag);
        var stale = await Put(office, responseId, Correction(body, "50-249", "timing"), etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("0-9", (await office.GetFromJsonAsync<JsonObject>(Address(responseId)))!["sizeClass"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_correction_into_another_municipality_is_a_problem_naming_municipality()
    {
        var office = await env.ClientAsync(new ClientPrincipal("aad", "two-offices", "two@example.se", ["authenticated", Roles.Office, Roles.ForMunicipality(Vasteras), Roles.ForMunicipality(Koping)]));
        var body = Answer(Vasteras);
        await office.SubmitAsync(body);
        var moved = Answer(Koping);

        var response = await office.PutAsJsonAsync(Address(body["responseId"]!.GetValue<string>()), Correction(moved, "10-49", "competence"));

        await response.AssertFieldErrorsAsync("municipality");
    }

    [Fact]
    public async Task A_correction_with_bad_input_names_the_fields()
    {
        var office = await env.ClientAsync(Principals.Office(Borlange));
        var body = Answer(Borlange);
        await office.SubmitAsync(body);
        var correction = Correction(body, "10-49", "competence");
        correction["surveyVersion"] = "one";
        correction["comment"] = "x";

        var response = await office.PutAsJsonAsync(Address(body["responseId"]!.GetValue<string>()), correction);

        await response.AssertFieldErrorsAsync("surveyVersion", "comment");
    }

    [Fact]
    public async Task Another_office_may_not_correct_an_answer_and_cannot_see_it_to_withdraw()
    {
        var owner = await env.ClientAsync(Principals.Office(Borlange));
        var body = Answer(Borlange);
        var responseId = body["responseId"]!.GetValue<string>();
        await owner.SubmitAsync(body);
        var other = await env.ClientAsync(Principals.Office(Falun, "falun-office"));

        var correction = await other.PutAsJsonAsync(Address(responseId), Correction(body, "0-9", "competence"));
        var withdrawal = await other.DeleteAsync(Address(responseId));

        await correction.AssertProblemAsync(HttpStatusCode.Forbidden);
        await withdrawal.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(Address(responseId))).StatusCode);
    }

    [Fact]
    public async Task Withdrawing_an_answer_drops_the_county_figures_by_one_at_once_and_it_reads_as_gone()
    {
        var office = await env.ClientAsync(Principals.Office(Falun));
        var region = await env.ClientAsync(Principals.Region(Dalarna));
        var bodies = Enumerable.Range(0, 6).Select(_ => Answer(Falun)).ToList();
        foreach (var body in bodies)
        {
            Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(body)).StatusCode);
        }

        var before = await CountyRespondentsAsync(region);
        var responseId = bodies[0]["responseId"]!.GetValue<string>();

        var first = await office.DeleteAsync(Address(responseId));
        var after = await CountyRespondentsAsync(region);
        var second = await office.DeleteAsync(Address(responseId));
        var read = await office.GetAsync(Address(responseId));
        var correction = await office.PutAsJsonAsync(Address(responseId), Correction(bodies[0], "0-9", "competence"));
        var resubmitted = await office.SubmitAsync(bodies[0]);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(before - 1, after);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Contains("withdrawn", (await read.AssertProblemAsync(HttpStatusCode.Gone))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await correction.AssertProblemAsync(HttpStatusCode.Gone);
        await resubmitted.AssertProblemAsync(HttpStatusCode.Gone);
        Assert.True((await Table.GetEntityAsync<TableEntity>(Falun, $"response-{responseId}")).Value.ContainsKey("WithdrawnAt"));
        Assert.Equal(before - 1, await CountyRespondentsAsync(region));
    }

    [Fact]
    public async Task After_corrections_and_withdrawals_a_rebuild_finds_no_difference()
    {
        var office = await env.ClientAsync(Principals.Office(Vasteras));
        var bodies = Enumerable.Range(0, 5).Select(_ => Answer(Vasteras)).ToList();
        foreach (var body in bodies)
        {
            await office.SubmitAsync(body);
        }

        string Id(int i) => bodies[i]["responseId"]!.GetValue<string>();
        await office.PutAsJsonAsync(Address(Id(0)), Correction(bodies[0], "0-9", "timing"));
        await office.PutAsJsonAsync(Address(Id(0)), Correction(bodies[0], "0-9", "succession"));
        await office.PutAsJsonAsync(Address(Id(1)), Correction(bodies[1], "10-49", "procurement"));
        await office.DeleteAsync(Address(Id(2)));
        await office.PutAsJsonAsync(Address(Id(3)), Correction(bodies[3], "50-249", "financing"));
        await office.DeleteAsync(Address(Id(3)));

        var differences = await env.App.Services.GetRequiredService<NeedsRecount>().RecountAsync(Vasteras, CancellationToken.None);

        Assert.Empty(differences);
    }

    [Fact]
    public async Task Concurrent_corrections_and_withdrawals_in_one_municipality_lose_no_count()
    {
        var office = await env.ClientAsync(Principals.Office(Vasteras));
        var bodies = Enumerable.Range(0, 24).Select(_ => Answer(Vasteras)).ToList();
        foreach (var body in bodies)
        {
            await office.SubmitAsync(body);
        }

        string[] sizeClasses = ["0-9", "10-49", "50-249"];
        string[] challenges = ["timing", "succession", "procurement"];
        await Parallel.ForEachAsync(Enumerable.Range(0, bodies.Count), new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (i, _) =>
        {
            var address = Address(bodies[i]["responseId"]!.GetValue<string>());
            var response = i % 4 == 3
                ? await office.DeleteAsync(address)
                : await office.PutAsJsonAsync(address, Correction(bodies[i], sizeClasses[i % 3], challenges[i / 3 % 3]));
            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} for answer {i}");
        });

        var differences = await env.App.Services.GetRequiredService<NeedsRecount>().RecountAsync(Vasteras, CancellationToken.None);

        Assert.Empty(differences);
    }

    [Fact]
    public async Task Corrections_and_withdrawals_leave_audit_rows_without_content()
    {
        var office = await env.ClientAsync(Principals.Office(Borlange, "auditing-office"));
        var body = Answer(Borlange);
        var responseId = body["responseId"]!.GetValue<string>();
        await office.SubmitAsync(body);

        await office.PutAsJsonAsync(Address(responseId), Correction(body, "0-9", "competence"));
        await office.DeleteAsync(Address(responseId));

        var rows = Table.Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Borlange} and RowKey ge {"audit-"} and RowKey lt {"audit."}"))
            .Where(r => r.GetString("Target") == $"surveys/sme-needs/responses/{responseId}")
            .ToList();
        Assert.Equal(["survey.response.revise", "survey.response.submit", "survey.response.withdraw"], rows.Select(r => r.GetString("Action")).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("auditing-office", r.GetString("ActorId")));
        Assert.All(rows, r => Assert.Empty(r.Keys.Except(["PartitionKey", "RowKey", "Timestamp", "odata.etag", "At", "ActorId", "ActorProvider", "Action", "Target", "Scope"])));
    }

    private TableClient Table => env.Tables.GetTableClient("MunicipalityRecords");

    private static string Address(string responseId) => $"/api/surveys/sme-needs/responses/{responseId}";

    // No free text, so the counts are the selections alone.
    private static JsonObject Answer(string municipality) => SurveyAnswers.Valid(municipality, change: d => d.Remove("needs"));

    private static JsonObject Correction(JsonObject submitted, string sizeClass, string challenge)
    {
        var data = submitted["data"]!.DeepClone().AsObject();
        data["sizeClass"] = sizeClass;
        data["challenges"] = new JsonArray(challenge);
        data.Remove("challengeSeverity");
        return new JsonObject
        {
            ["surveyVersion"] = submitted["surveyVersion"]!.DeepClone(),
            ["municipality"] = submitted["municipality"]!.DeepClone(),
            ["data"] = data,
        };
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string responseId, JsonObject body, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Address(responseId)) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return client.SendAsync(request);
    }

    private async Task<List<TableEntity>> CountersAsync(string municipality)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {"count-"} and RowKey lt {"count."}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static int Count(List<TableEntity> counters, string cellSuffix, string property) =>
        counters.Where(c => c.RowKey.EndsWith(cellSuffix, StringComparison.Ordinal)).Sum(c => c.GetInt32(property) ?? 0);

    private static async Task<int> CountyRespondentsAsync(HttpClient region) =>
        (await region.GetFromJsonAsync<JsonObject>($"/api/needs?county={Dalarna}&source=survey"))!["total"]!["respondents"]!.GetValue<int>();
}
