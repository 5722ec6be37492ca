using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Disclosure;

/// <summary>
/// Small groups planted beside large ones in Norrbotten for 2026, on an app with its own random record keys; then
/// everything a region can read for the year, collected as an attacker would: the needs of the county for every
/// calendar period, source, size and sector; every municipality with its quarter series; the CSV; the live and an
/// issued situation report. Each figure is kept with the exact set of planted records it counts (a bit each).
/// </summary>
public sealed class NorrbottenAttack : IAsyncLifetime
{
    public const string Norrbotten = "25";
    public const int MinimumPopulation = 5;

    private static readonly string[] Municipalities = ["2505", "2506", "2510", "2513", "2514", "2518", "2521", "2523", "2560", "2580", "2581", "2582", "2583", "2584"];
    private static readonly string?[] Sources = [null, "survey", "notes"];
    private static readonly string?[] Sizes = [null, "0-9", "10-49", "50-249"];
    private static readonly string?[] Sectors = [null, "C", "F", "G", "H"];

    private readonly AzuriteFixture _azurite = new();
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
    private KnowledgeApp _app = null!;

    public List<Planted> Records { get; } = [];

    public List<Observation> Observations { get; } = [];

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _app = new KnowledgeApp(_azurite, clock: _clock);
        await _app.CreateReadyClientAsync();
        await PlantAsync();
        _clock.Now = new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.Zero);
        await CollectAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    /// <summary>The planted records an observation's measure counts within its breakdown.</summary>
    public ulong Truth(Box box, string measure)
    {
        ulong set = 0;
        for (var i = 0; i < Records.Count; i++)
        {
            var r = Records[i];
            var inBox = (box.Municipality is null || r.Municipality == box.Municipality)
                && string.CompareOrdinal(r.Month, box.From) >= 0 && string.CompareOrdinal(r.Month, box.To) <= 0
                && (box.Size is null || r.Size == box.Size) && (box.Sector is null || r.Sector == box.Sector) && (box.Source is null || r.Source == box.Source);
            var counted = measure switch
            {
                "respondents" => inBox,
                "awaiting" => r.Source == "notes",
                _ when measure.StartsWith("tag:", StringComparison.Ordinal) => inBox && r.Tags.Contains(measure[4..]),
                _ when measure.StartsWith("pair:", StringComparison.Ordinal) => inBox && measure[5..].Split("__").All(r.Tags.Contains),
                _ when measure.StartsWith("timing:", StringComparison.Ordinal) => inBox && r.Tags.Contains("timing") && r.Establishments.Contains(measure[7..]),
                _ => throw new ArgumentException(measure),
            };
            if (counted)
            {
                set |= 1UL << i;
            }
        }

        return set;
    }

    public static int Size(ulong set) => BitOperations.PopCount(set);

    private async Task PlantAsync()
    {
        // Luleå: five answers and one interviewed company (the example); Piteå: five, and two of another size
        // and sector; Boden: two answers reporting timing for LKAB; Kiruna: a large group with one odd answer in April;
        // Gällivare: one note; Kalix: six answers in August and one in September.
        await AnswerAsync("2580", 3, 5, "10-49", "C", ["competence", "financing"]);
        await NoteAsync("2580", "2026-05-12", "0-9", "F", "Banken vill inte låna ut till investeringen i en ny maskin, så finansieringen är ett problem.");
        await AnswerAsync("2581", 3, 5, "10-49", "C", ["competence", "financing"]);
        await AnswerAsync("2581", 3, 2, "50-249", "G", ["competence"]);
        await AnswerAsync("2582", 6, 2, "10-49", "C", ["timing", "financing"], ["lkab"]);
        await AnswerAsync("2584", 1, 12, "10-49", "C", ["competence"]);
        await AnswerAsync("2584", 2, 12, "0-9", "C", ["financing", "succession"]);
        await AnswerAsync("2584", 4, 1, "50-249", "H", ["procurement"]);
        await NoteAsync("2523", "2026-02-03", null, null, "Vi hittar inga svetsare och det saknas kompetens i regionen.");
        await AnswerAsync("2514", 8, 6, "10-49", "C", ["infrastructure"]);
        await AnswerAsync("2514", 9, 1, "10-49", "C", ["growth_willingness", "infrastructure"]);
    }

    private async Task AnswerAsync(string municipality, int month, int count, string size, string sector, string[] challenges, string[]? establishments = null)
    {
        _clock.Now = new DateTimeOffset(2026, month, 14, 9, 0, 0, TimeSpan.Zero);
        var office = (await _app.CreateReadyClientAsync()).As(Principals.Office(municipality));
        for (var i = 0; i < count; i++)
        {
            var answer = SurveyAnswers.Valid(municipality, change: d =>
            {
                d["sizeClass"] = size;
                d["sector"] = sector;
                d["challenges"] = new JsonArray([.. challenges.Select(c => JsonValue.Create(c))]);
                d["challengeSeverity"] = new JsonObject(challenges.Select(c => KeyValuePair.Create(c, (JsonNode?)JsonValue.Create("serious"))));
                d.Remove("needs");
                if (establishments is not null)
                {
                    d["establishments"] = new JsonArray([.. establishments.Select(e => JsonValue.Create(e))]);
                }
            });
            if (establishments is not null)
            {
                answer["surveyVersion"] = 2;
            }

            var response = await office.SubmitAsync(answer);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            Records.Add(new Planted(municipality, $"2026-{month:D2}", "survey", size, sector, new HashSet<string>(challenges, StringComparer.Ordinal), establishments ?? []));
        }
    }

    private async Task NoteAsync(string municipality, string date, string? size, string? sector, string text)
    {
        _clock.Now = DateTimeOffset.Parse(date + "T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var office = (await _app.CreateReadyClientAsync()).As(Principals.Office(municipality));
        var body = new JsonObject { ["noteId"] = Guid.NewGuid().ToString(), ["municipality"] = municipality, ["interviewDate"] = date, ["text"] = text };
        if (size is not null)
        {
            body["company"] = new JsonObject { ["name"] = "Företaget AB", ["sizeClass"] = size, ["sector"] = sector };
        }

        var response = await office.PostAsJsonAsync("/api/notes", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var note = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var tags = note["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToHashSet();
        Assert.NotEmpty(tags);
        Records.Add(new Planted(municipality, date[..7], "notes", size ?? "unknown", sector ?? "unknown", tags, []));
    }

    private async Task CollectAsync()
    {
        var region = (await _app.CreateReadyClientAsync()).As(Principals.Region(Norrbotten));
        var periods = Periods().ToList();
        foreach (var (from, to) in periods)
        {
            foreach (var source in Sources)
            {
                foreach (var size in Sizes)
                {
                    foreach (var sector in Sectors)
                    {
                        var query = Query(from, to, size, sector, source);
                        var report = (await region.GetFromJsonAsync<JsonObject>($"/api/needs?county={Norrbotten}&{query}"))!;
                        AddArea("county", new Box(null, from, to, size, sector, source), report["total"]!);
                        foreach (var municipality in report["municipalities"]!.AsArray())
                        {
                            AddArea("county", new Box(municipality!["code"]!.GetValue<string>(), from, to, size, sector, source), municipality);
                        }
                    }
                }

                foreach (var municipality in Municipalities)
                {
                    var view = (await region.GetFromJsonAsync<JsonObject>($"/api/needs/municipalities/{municipality}?{Query(from, to, null, null, source)}"))!;
                    AddArea("municipality", new Box(municipality, from, to, null, null, source), view["total"]!);
                    foreach (var quarter in view["quarters"]!.AsArray())
                    {
                        var (qFrom, qTo) = QuarterWithin(quarter!["quarter"]!.GetValue<string>(), from, to);
                        AddArea("municipality-quarter", new Box(municipality, qFrom, qTo, null, null, source), quarter);
                    }
                }

                await AddCsvAsync(region, from, to, source);
            }
        }

        foreach (var period in new[] { "2026-Q1", "2026-Q2", "2026-Q3", "2026-03", "2026-05", "2026-06" })
        {
            var report = (await region.GetFromJsonAsync<JsonObject>($"/api/reports/situation?county={Norrbotten}&period={period}"))!;
            AddReport("report", report);
        }

        var admin = (await _app.CreateReadyClientAsync()).As(Principals.Admin());
        var issued = await admin.PostAsJsonAsync("/api/reports/situation/issued", new { county = Norrbotten, period = "2026-05" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var id = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        AddReport("issued-report", (await region.GetFromJsonAsync<JsonObject>($"/api/reports/situation/issued/{id}?county={Norrbotten}"))!["report"]!.AsObject());
    }

    private void AddArea(string output, Box box, JsonNode area)
    {
        Add(output, box, "respondents", area["respondents"]);
        foreach (var tag in area["tags"]!.AsArray())
        {
            Add(output, box, "tag:" + tag!["tag"]!.GetValue<string>(), tag["count"]);
        }

        foreach (var pair in area["pairs"]?.AsArray() ?? [])
        {
            Add(output, box, "pair:" + string.Join("__", pair!["tags"]!.AsArray().Select(t => t!.GetValue<string>())), pair["count"]);
        }
    }

    private void AddReport(string output, JsonObject report)
    {
        var (from, to) = (report["from"]!.GetValue<string>(), report["to"]!.GetValue<string>());
        var all = new Box(null, from, to, null, null, null);
        Add(output, all, "respondents", report["respondents"]!["count"]);
        Add(output, all with { Source = "survey" }, "respondents", report["surveyRespondents"]!["count"]);
        Add(output, all with { Source = "notes" }, "respondents", report["notes"]!["count"]);
        foreach (var challenge in report["challenges"]!.AsArray())
        {
            Add(output, all, "tag:" + challenge!["tag"]!.GetValue<string>(), challenge["count"]);
        }

        foreach (var pair in report["pairs"]!.AsArray())
        {
            Add(output, all, "pair:" + string.Join("__", pair!["tags"]!.AsArray().Select(t => t!.GetValue<string>())), pair["count"]);
        }

        foreach (var establishment in report["establishments"]!.AsArray())
        {
            Add(output, all, "timing:" + establishment!["slug"]!.GetValue<string>(), establishment["timingCompanies"]!["count"]);
        }

        Add(output, all, "awaiting", report["notesAwaitingReview"]!["count"]);
    }

    private async Task AddCsvAsync(HttpClient region, string from, string to, string? source)
    {
        var csv = Encoding.UTF8.GetString(await region.GetByteArrayAsync($"/api/needs?county={Norrbotten}&{Query(from, to, null, null, source)}&format=csv"));
        foreach (var line in csv.Split("\r\n").Skip(1).TakeWhile(l => l.Length > 0))
        {
            var cells = line.Split(';');
            var code = cells[1].Trim('=', '"');
            var box = new Box(code == Norrbotten ? null : code, from, to, null, null, source);
            Add("csv", box, "respondents", Number(cells[5]));
            Add("csv", box, "tag:" + cells[7], Number(cells[8]));
        }

        static JsonNode? Number(string cell) => cell.Length == 0 ? null : JsonValue.Create(int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture));
    }

    private void Add(string output, Box box, string measure, JsonNode? published) =>
        Observations.Add(new Observation(output, box, measure, published?.GetValue<int>(), Truth(box, measure)));

    private static IEnumerable<(string From, string To)> Periods()
    {
        yield return ("2026-01", "2026-12");
        for (var quarter = 0; quarter < 4; quarter++)
        {
            yield return ($"2026-{(quarter * 3) + 1:D2}", $"2026-{(quarter * 3) + 3:D2}");
        }

        for (var month = 1; month <= 12; month++)
        {
            yield return ($"2026-{month:D2}", $"2026-{month:D2}");
        }
    }

    private static (string From, string To) QuarterWithin(string quarter, string from, string to)
    {
        var first = ((quarter[^1] - '1') * 3) + 1;
        var (qFrom, qTo) = ($"2026-{first:D2}", $"2026-{first + 2:D2}");
        return (string.CompareOrdinal(qFrom, from) < 0 ? from : qFrom, string.CompareOrdinal(qTo, to) > 0 ? to : qTo);
    }

    private static string Query(string from, string to, string? size, string? sector, string? source) =>
        $"from={from}&to={to}" + (size is null ? "" : $"&size={size}") + (sector is null ? "" : $"&sector={sector}") + (source is null ? "" : $"&source={source}");
}

/// <summary>A planted answer or note as the attack's ground truth.</summary>
public sealed record Planted(string Municipality, string Month, string Source, string Size, string Sector, IReadOnlySet<string> Tags, IReadOnlyList<string> Establishments);

/// <summary>A breakdown: a municipality (null: the county), months from/to, and optional size, sector and source.</summary>
public sealed record Box(string? Municipality, string From, string To, string? Size, string? Sector, string? Source)
{
    /// <summary>Whether every record this breakdown can hold, <paramref name="inner"/> can hold only if this one does.</summary>
    public bool Holds(Box inner) =>
        (Municipality is null || Municipality == inner.Municipality)
        && string.CompareOrdinal(From, inner.From) <= 0 && string.CompareOrdinal(To, inner.To) >= 0
        && (Size is null || Size == inner.Size) && (Sector is null || Sector == inner.Sector) && (Source is null || Source == inner.Source);
}

/// <summary>One figure a region saw: where, for which breakdown and measure, its value (null when withheld) and the records it counts.</summary>
public sealed record Observation(string Output, Box Box, string Measure, int? Published, ulong Truth);
