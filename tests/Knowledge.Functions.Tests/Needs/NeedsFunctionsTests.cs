using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Needs;

[Collection(StorageCollection.Name)]
public sealed class NeedsFunctionsTests(TestEnvironment env)
{
    private const string Jamtland = "23";

    // Ragunda 5 answers, Bräcke 2 (suppressed), Krokom 4 (hidden as well so Bräcke cannot be worked out).
    private static readonly (string Municipality, int Answers)[] Submissions = [("2303", 5), ("2305", 2), ("2309", 4)];
    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool _seeded;

    private async Task SeedAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }

            foreach (var (municipality, answers) in Submissions)
            {
                var office = await env.ClientAsync(Principals.Office(municipality));
                for (var i = 0; i < answers; i++)
                {
                    var response = await office.SubmitAsync(SurveyAnswers.Valid(municipality, change: d => d.Remove("needs")));
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                }
            }

            _seeded = true;
        }
        finally
        {
            Seeded.Release();
        }
    }

    [Fact]
    public async Task A_region_sees_its_county_with_small_municipalities_suppressed()
    {
        await SeedAsync();
        var region = await env.ClientAsync(Principals.Region(Jamtland));

        var report = (await region.GetFromJsonAsync<JsonObject>($"/api/needs?county={Jamtland}&source=survey"))!;

        Assert.Equal(11, report["total"]!["respondents"]!.GetValue<int>());
        var competence = report["total"]!["tags"]!.AsArray().Single(t => t!["tag"]!.GetValue<string>() == "competence")!;
        Assert.Equal(11, competence["count"]!.GetValue<int>());
        Assert.Equal(1.0, competence["share"]!.GetValue<double>());
        Assert.Equal(1, competence["rank"]!.GetValue<int>());
        var byCode = report["municipalities"]!.AsArray().ToDictionary(m => m!["code"]!.GetValue<string>(), m => m!);
        Assert.Equal(5, byCode["2303"]["respondents"]!.GetValue<int>());
        Assert.True(byCode["2305"]["suppressed"]!.GetValue<bool>());
        Assert.Null(byCode["2305"]["respondents"]);
        Assert.True(byCode["2309"]["suppressed"]!.GetValue<bool>());
        Assert.Equal(0, byCode["2313"]["respondents"]!.GetValue<int>());
        Assert.Contains(report["total"]!["pairs"]!.AsArray(), p => p!["count"]?.GetValue<int>() == 11);
    }

    [Fact]
    public async Task The_csv_opens_in_swedish_excel_and_keeps_suppressed_cells_empty()
    {
        await SeedAsync();
        var region = await env.ClientAsync(Principals.Region(Jamtland));

        var response = await region.GetAsync($"/api/needs?county={Jamtland}&source=survey&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("län;kod;namn;period från;period till;respondenter;utmaning;utmaningskod;antal;", lines[0], StringComparison.Ordinal);
        var bracke = lines.Where(l => l.Contains("=\"2305\"", StringComparison.Ordinal)).ToList();
        Assert.All(bracke, l => Assert.EndsWith(";ja", l, StringComparison.Ordinal));
        Assert.All(bracke, l => Assert.Equal("", l.Split(';')[5]));
        var ragundaFinancing = lines.Single(l => l.Contains("=\"2303\"", StringComparison.Ordinal) && l.Contains(";financing;", StringComparison.Ordinal)).Split(';');
        Assert.Equal("\"Finansiering\"", ragundaFinancing[6]);
        Assert.Equal("5", ragundaFinancing[8]);
        Assert.Equal("1", ragundaFinancing[9]);
    }

    [Fact]
    public async Task Shares_use_a_decimal_comma_in_the_csv()
    {
        const string Ockelbo = "2101";
        var office = await env.ClientAsync(Principals.Office(Ockelbo));
        for (var i = 0; i < 5; i++)
        {
            await office.SubmitAsync(SurveyAnswers.Valid(Ockelbo, change: d =>
            {
                d["challenges"] = i == 0 ? new JsonArray("timing") : new JsonArray("competence", "timing");
                d.Remove("challengeSeverity");
                d.Remove("needs");
            }));
        }

        var admin = await env.ClientAsync(Principals.Admin());
        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync("/api/needs?county=21&source=survey&format=csv"));

        var county = csv.Split("\r\n").Single(l => l.Contains("\"Hela länet\"", StringComparison.Ordinal) && l.Contains(";competence;", StringComparison.Ordinal)).Split(';');
        Assert.Equal("5", county[5]);
        Assert.Equal("0,8", county[9]);
    }

    [Fact]
    public async Task A_municipality_view_has_a_series_per_quarter_for_its_office_and_region()
    {
        await SeedAsync();
        var quarter = $"2026-Q{((DateTime.UtcNow.Month - 1) / 3) + 1}";

        var own = await (await env.ClientAsync(Principals.Office("2303"))).GetFromJsonAsync<JsonObject>("/api/needs/municipalities/2303?from=2026-01&to=2026-12&source=survey");
        var region = await (await env.ClientAsync(Principals.Region(Jamtland))).GetAsync("/api/needs/municipalities/2303?from=2026-01&to=2026-12");

        var quarters = own!["quarters"]!.AsArray();
        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], quarters.Select(q => q!["quarter"]!.GetValue<string>()));
        Assert.True(quarters.Single(q => q!["quarter"]!.GetValue<string>() == quarter)!["respondents"]!.GetValue<int>() >= 5);
        Assert.Equal(own["total"]!["respondents"]!.GetValue<int>(), quarters.Sum(q => q!["respondents"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.OK, region.StatusCode);
    }

    [Theory]
    [InlineData("other-office")]
    [InlineData("other-region")]
    [InlineData("staff")]
    public async Task Others_cannot_see_a_municipality(string who)
    {
        var principal = who switch
        {
            "other-office" => Principals.Office("2305"),
            "other-region" => Principals.Region("24"),
            _ => Principals.Staff(),
        };
        var client = await env.ClientAsync(principal);

        var response = await client.GetAsync("/api/needs/municipalities/2303");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_municipality_is_not_found()
    {
        var admin = await env.ClientAsync(Principals.Admin());

        var response = await admin.GetAsync("/api/needs/municipalities/9999");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("office")]
    [InlineData("other-region")]
    [InlineData("staff")]
    public async Task Others_cannot_see_the_county(string who)
    {
        var principal = who switch
        {
            "office" => Principals.Office("2303"),
            "other-region" => Principals.Region("24"),
            _ => Principals.Staff(),
        };
        var client = await env.ClientAsync(principal);

        var response = await client.GetAsync($"/api/needs?county={Jamtland}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("county=99", "county")]
    [InlineData("county=23&from=2026-13", "from")]
    [InlineData("county=23&from=2026-05&to=2026-01", "from")]
    [InlineData("county=23&size=huge", "size")]
    [InlineData("county=23&source=rumours", "source")]
    [InlineData("county=23&format=xml", "format")]
    [InlineData("county=23&to=0001-01", "to")]
    [InlineData("county=23&from=9999-12", "from")]
    [InlineData("county=23&to=2026-1", "to")]
    public async Task Bad_query_parameters_are_named(string query, string field)
    {
        var admin = await env.ClientAsync(Principals.Admin());

        var response = await admin.GetAsync($"/api/needs?{query}");

        await response.AssertFieldErrorsAsync(field);
    }
}
