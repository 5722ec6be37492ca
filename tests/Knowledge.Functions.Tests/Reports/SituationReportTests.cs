using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Tests.Establishments;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Reports;

/// <summary>
/// Gävleborg's situation reports on an app whose clock the tests move, so answers land in the period a test
/// says. Each test has an app and Azurite of its own.
/// </summary>
public sealed class SituationReportTests : IAsyncLifetime
{
    private const string Gavleborg = "21";
    private const string Gavle = "2180";
    private const string Sandviken = "2181";
    private const string Bollnas = "2183";
    private const string Hudiksvall = "2184";

    private readonly AzuriteFixture _azurite = new();
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 8, 14, 9, 0, 0, TimeSpan.Zero));
    private KnowledgeApp _app = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _app = new KnowledgeApp(_azurite, clock: _clock, recordKeys: FixedRecordKeys.Zero);

        // Start (and seed) in the present; tests then move the clock.
        await _app.CreateReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task The_report_ranks_the_challenges_with_their_change_and_flags_municipalities_beyond_the_interval()
    {
        // Q3: Gävle 5 × competence, Sandviken 5 × financing.
        await SubmitAsync(Gavle, 5, "competence");
        await SubmitAsync(Sandviken, 5, "financing");

        // Q4: Gävle 10 × competence, Sandviken 10 × financing, Hudiksvall 2 × competence (too few to show) and
        // Bollnäs 3 × infrastructure (hidden too, as the smallest row, so Hudiksvall cannot be worked out).
        _clock.Now = new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
        await SubmitAsync(Gavle, 10, "competence");
        await SubmitAsync(Sandviken, 10, "financing");
        await SubmitAsync(Hudiksvall, 2, "competence");
        await SubmitAsync(Bollnas, 3, "infrastructure");
        var establishment = await AddEstablishmentAsync();

        var region = await ClientAsync(Principals.Region(Gavleborg));
        var report = (await region.GetFromJsonAsync<JsonObject>($"/api/reports/situation?county={Gavleborg}&period=2026-Q4"))!;

        Assert.Equal("2026-Q3", report["previousPeriod"]!.GetValue<string>());
        Assert.Equal(25, report["respondents"]!["count"]!.GetValue<int>());
        var competence = Challenge(report, "competence");
        Assert.Equal(1, competence["rank"]!.GetValue<int>());
        Assert.Equal(12, competence["count"]!.GetValue<int>());
        Assert.Equal(0.5, competence["previousShare"]!.GetValue<double>(), 3);
        Assert.Equal(-2.0, competence["change"]!.GetValue<double>(), 1);
        Assert.Contains(competence["otherSurveys"]!.AsArray(), f => f!["area"]!.GetValue<string>() == "Sverige" && f["areaEn"]!.GetValue<string>() == "Sweden");

        var standouts = report["standouts"]!.AsArray().Select(s => (s!["municipality"]!.GetValue<string>(), s["tag"]!.GetValue<string>(), s["direction"]!.GetValue<string>())).ToList();
        Assert.Contains((Gavle, "competence", "higher"), standouts);
        Assert.Contains((Sandviken, "competence", "lower"), standouts);
        Assert.DoesNotContain(standouts, s => s.Item1 is Hudiksvall or Bollnas);

        var listed = report["establishments"]!.AsArray().Single(e => e!["slug"]!.GetValue<string>() == establishment)!;
        Assert.Equal("in_construction", listed["status"]!.GetValue<string>());
        Assert.Single(listed["eventsInPeriod"]!.AsArray());
        Assert.Equal(["construction"], listed["upcomingPhases"]!.AsArray().Select(p => p!["kind"]!.GetValue<string>()));
        Assert.Single(listed["upcomingProcurement"]!.AsArray());
        Assert.NotEmpty(report["examples"]!.AsArray());
        Assert.EndsWith("i Gävleborgs län.", report["examples"]![0]!["reason"]!["sv"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("in Gävleborg County.", report["examples"]![0]!["reason"]!["en"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issued_report_reads_back_byte_identical_after_new_answers_and_the_next_one_shows_them()
    {
        _clock.Now = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        await SubmitAsync(Gavle, 5, "succession");
        var admin = await ClientAsync(Principals.Admin());
        var region = await ClientAsync(Principals.Region(Gavleborg));

        var first = await admin.PostAsJsonAsync("/api/reports/situation/issued", new { county = Gavleborg, period = "2026-01" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var issued = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var id = issued["id"]!.GetValue<string>();

        var before = await region.GetByteArrayAsync($"/api/reports/situation/issued/{id}?county={Gavleborg}");
        await SubmitAsync(Gavle, 5, "succession");
        var after = await region.GetByteArrayAsync($"/api/reports/situation/issued/{id}?county={Gavleborg}");
        var again = JsonNode.Parse(after)!;
        _clock.Now = _clock.Now.AddMinutes(1);
        var next = JsonNode.Parse(await (await admin.PostAsJsonAsync("/api/reports/situation/issued", new { county = Gavleborg, period = "2026-01" })).Content.ReadAsStringAsync())!;
        var list = (await region.GetFromJsonAsync<JsonArray>($"/api/reports/situation/issued?county={Gavleborg}"))!;

        Assert.Equal(before, after);
        Assert.Equal(issued["report"]!.ToJsonString(), again["report"]!.ToJsonString());
        Assert.Equal(5, Challenge(again["report"]!.AsObject(), "succession")["count"]!.GetValue<int>());
        Assert.Equal(10, Challenge(next["report"]!.AsObject(), "succession")["count"]!.GetValue<int>());
        Assert.Equal([next["id"]!.GetValue<string>(), id], list.Select(r => r!["id"]!.GetValue<string>()).Take(2));
    }

    [Fact]
    public async Task Companies_reporting_timing_are_counted_per_establishment_and_earlier_answers_count_as_before()
    {
        const string Lulea = "2580";
        _clock.Now = new DateTimeOffset(2024, 2, 12, 9, 0, 0, TimeSpan.Zero);
        var office = await ClientAsync(Principals.Office(Lulea));
        for (var i = 0; i < 3; i++)
        {
            var answer = SurveyAnswers.Valid(Lulea, change: d =>
            {
                d["challenges"] = new JsonArray("timing");
                d["challengeSeverity"] = new JsonObject { ["timing"] = "serious" };
                d["establishments"] = new JsonArray("lkab", "stegra");
                d.Remove("needs");
            });
            answer["surveyVersion"] = 2;
            Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(answer)).StatusCode);
        }

        await SubmitAsync(Lulea, 1, "timing");
        var note = await office.PostAsJsonAsync("/api/notes", new
        {
            noteId = Guid.NewGuid(),
            municipality = Lulea,
            interviewDate = "2024-02-10",
            text = "Vi vet inte när LKAB kommer att upphandla nästa etapp, och det gör planeringen svår.",
            establishments = new[] { "lkab" },
        });
        var badNote = await office.PostAsJsonAsync("/api/notes", new { noteId = Guid.NewGuid(), municipality = Lulea, interviewDate = "2024-02-10", text = "Text.", establishments = new[] { "no-such-plant" } });

        var region = await ClientAsync(Principals.Region("25"));
        var report = (await region.GetFromJsonAsync<JsonObject>("/api/reports/situation?county=25&period=2024-Q1"))!;

        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        await badNote.AssertFieldErrorsAsync("establishments[0]");
        int? Timing(string slug) => report["establishments"]!.AsArray().Single(e => e!["slug"]!.GetValue<string>() == slug)!["timingCompanies"]!["count"]?.GetValue<int>();
        Assert.Equal(4, Timing("lkab"));
        Assert.Equal(3, Timing("stegra"));
        Assert.Equal(0, Timing("ssab"));
        Assert.Equal(5, report["respondents"]!["count"]!.GetValue<int>());
        Assert.Equal(5, Challenge(report, "timing")["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_county_gets_403_and_offices_and_staff_are_not_regions()
    {
        var otherRegion = await ClientAsync(Principals.Region("25"));
        var office = await ClientAsync(Principals.Office(Gavle));
        var staff = await ClientAsync(Principals.Staff());
        var region = await ClientAsync(Principals.Region(Gavleborg));

        await (await otherRegion.GetAsync($"/api/reports/situation?county={Gavleborg}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await otherRegion.GetAsync($"/api/reports/situation/issued?county={Gavleborg}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await office.GetAsync($"/api/reports/situation?county={Gavleborg}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.GetAsync($"/api/reports/situation?county={Gavleborg}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await otherRegion.PostAsJsonAsync("/api/reports/situation/issued", new { county = Gavleborg })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await office.PostAsJsonAsync("/api/reports/situation/issued", new { county = Gavleborg })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty((await region.GetFromJsonAsync<JsonArray>($"/api/reports/situation/issued?county={Gavleborg}"))!);
    }

    [Fact]
    public async Task A_region_issues_its_own_countys_report_and_the_issue_records_who_issued_it()
    {
        _clock.Now = new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.Zero);
        var region = await ClientAsync(Principals.Region(Gavleborg));

        var issued = await region.PostAsJsonAsync("/api/reports/situation/issued", new { county = Gavleborg, period = "2026-01" });

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var body = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!;
        Assert.Equal(Gavleborg, body["county"]!.GetValue<string>());
        Assert.Equal(Principals.Region(Gavleborg).UserId, body["issuedBy"]!.GetValue<string>());
        var list = (await region.GetFromJsonAsync<JsonArray>($"/api/reports/situation/issued?county={Gavleborg}"))!;
        Assert.Contains(body["id"]!.GetValue<string>(), list.Select(r => r!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("county=99", "county")]
    [InlineData("county=21&period=2026-Q5", "period")]
    [InlineData("period=2026-Q3", "county")]
    public async Task Bad_parameters_are_named(string query, string field)
    {
        var admin = await ClientAsync(Principals.Admin());

        await (await admin.GetAsync($"/api/reports/situation?{query}")).AssertFieldErrorsAsync(field);
    }

    [Fact]
    public async Task Small_counts_are_suppressed_in_the_report()
    {
        _clock.Now = new DateTimeOffset(2025, 4, 20, 9, 0, 0, TimeSpan.Zero);
        await SubmitAsync(Hudiksvall, 2, "infrastructure");
        var region = await ClientAsync(Principals.Region(Gavleborg));

        var report = (await region.GetFromJsonAsync<JsonObject>($"/api/reports/situation?county={Gavleborg}&period=2025-Q2"))!;

        Assert.True(report["respondents"]!["suppressed"]!.GetValue<bool>());
        Assert.Null(report["respondents"]!["count"]);
        Assert.All(report["challenges"]!.AsArray(), c => Assert.Null(c!["count"]));
        Assert.Empty(report["standouts"]!.AsArray());
    }

    private static JsonObject Challenge(JsonObject report, string tag) =>
        report["challenges"]!.AsArray().Single(c => c!["tag"]!.GetValue<string>() == tag)!.AsObject();

    private async Task<HttpClient> ClientAsync(Knowledge.Shared.Http.ClientPrincipal principal) =>
        (await _app.CreateReadyClientAsync()).As(principal);

    private async Task SubmitAsync(string municipality, int answers, string challenge)
    {
        var office = await ClientAsync(Principals.Office(municipality));
        for (var i = 0; i < answers; i++)
        {
            var answer = SurveyAnswers.Valid(municipality, change: d =>
            {
                d["challenges"] = new JsonArray(challenge);
                d["challengeSeverity"] = new JsonObject { [challenge] = "serious" };
                d.Remove("needs");
            });
            Assert.Equal(HttpStatusCode.Created, (await office.SubmitAsync(answer)).StatusCode);
        }
    }

    // An establishment in Gävle that started building in the quarter, with construction and its procurement ahead.
    private async Task<string> AddEstablishmentAsync()
    {
        var staff = await ClientAsync(Principals.Staff());
        var slug = EstablishmentBodies.NewSlug();
        var body = EstablishmentBodies.Valid(slug, b =>
        {
            b["municipalities"] = new JsonArray(Gavle);
            b["phases"] = new JsonArray(
                new JsonObject { ["kind"] = "permits", ["from"] = "2025-01", ["to"] = "2025-12" },
                new JsonObject { ["kind"] = "construction", ["from"] = "2027-03" });
            b["procurementWindows"]![0]!["from"] = "2027-02";
        });
        (await staff.PostAsJsonAsync("/api/establishments", body)).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/establishments/{slug}/events", EstablishmentBodies.Event(Guid.NewGuid(), "2026-11-02"))).EnsureSuccessStatusCode();
        return slug;
    }
}
