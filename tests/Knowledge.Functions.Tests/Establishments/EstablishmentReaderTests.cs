using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Knowledge.Establishments;
using Knowledge.Reference;
using Knowledge.Shared.Http;

namespace Knowledge.Tests.Establishments;

public sealed class EstablishmentReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly EstablishmentReader _reader = new(new ReferenceData());
    private readonly EstablishmentEventReader _eventReader = new();

    /// <summary>The body bound as a request's is, then read.</summary>
    private (Establishment? Establishment, IDictionary<string, string[]> Errors) Read(JsonObject body, string? slugFromRoute = null, EstablishmentStatus? statusIfAbsent = null)
    {
        var (input, errors) = JsonBody.Bind(body, EstablishmentRequestBodies.Default.EstablishmentInput);
        return input is null ? (null, errors) : _reader.Read(input, slugFromRoute, statusIfAbsent, "staff-user", Now);
    }

    private (RecordedEvent? Event, IDictionary<string, string[]> Errors) ReadEvent(JsonObject body)
    {
        var (input, errors) = JsonBody.Bind(body, EstablishmentRequestBodies.Default.EstablishmentEventInput);
        return input is null ? (null, errors) : _eventReader.Read(input, "staff-user", Now);
    }

    [Fact]
    public void A_valid_body_is_read_with_its_municipalitys_county_added_and_hires_in_year_order()
    {
        var (establishment, errors) = Read(EstablishmentBodies.Valid("kalix-vatgas"));

        Assert.Empty(errors);
        Assert.NotNull(establishment);
        Assert.Equal(["2514"], establishment.Municipalities);
        Assert.Equal(["25"], establishment.Counties);
        Assert.Equal(EstablishmentStatus.Planned, establishment.Status);
        Assert.Equal([new PlannedHires(2027, 10), new PlannedHires(2028, 40)], establishment.PlannedHires);
        Assert.Equal("2027-03", establishment.Phases[1].From);
        Assert.Null(establishment.Phases[1].To);
        Assert.Equal("Mark och betong.", establishment.ProcurementWindows[0].Description!.Sv);
        Assert.Empty(establishment.Events);
    }

    [Theory]
    [InlineData("slug", "\"Kalix Vätgas\"", "slug")]
    [InlineData("name", "\"\"", "name")]
    [InlineData("company", "null", "company")]
    [InlineData("sector", "\"Z\"", "sector")]
    [InlineData("sector", "\"mining\"", "sector")]
    [InlineData("status", "\"running\"", "status")]
    [InlineData("municipalities", "[\"9999\"]", "municipalities[0]")]
    [InlineData("counties", "[\"25\", \"99\"]", "counties[1]")]
    [InlineData("municipalities", "[]", "counties")]
    [InlineData("phases", "[{\"kind\": \"digging\", \"from\": \"2026-01\"}]", "phases[0].kind")]
    [InlineData("phases", "[{\"kind\": \"permits\", \"from\": \"2026-13\"}]", "phases[0].from")]
    [InlineData("phases", "[{\"kind\": \"permits\", \"from\": \"2026-01\"}, {\"kind\": \"construction\", \"from\": \"2027-05\", \"to\": \"2027-04\"}]", "phases[1].to")]
    [InlineData("phases", "[{\"kind\": \"permits\", \"from\": \"2026-01\", \"note\": {\"en\": \"English only\"}}]", "phases[0].note.sv")]
    [InlineData("plannedHires", "[{\"year\": 2026, \"count\": 5}, {\"year\": 1999, \"count\": 5}]", "plannedHires[1].year")]
    [InlineData("plannedHires", "[{\"year\": 2026, \"count\": 5}, {\"year\": 2026, \"count\": 7}]", "plannedHires[1].year")]
    [InlineData("plannedHires", "[{\"year\": 2026, \"count\": -1}]", "plannedHires[0].count")]
    [InlineData("plannedHires", "[{\"count\": 3}]", "plannedHires[0].year")]
    [InlineData("procurementWindows", "[{\"category\": \"catering\", \"phase\": \"construction\", \"from\": \"2027-01\"}]", "procurementWindows[0].category")]
    [InlineData("procurementWindows", "[{\"category\": \"transport\", \"phase\": \"operations\", \"from\": \"2027-01\"}]", "procurementWindows[0].phase")]
    [InlineData("procurementWindows", "[{\"category\": \"transport\", \"phase\": \"expansion\", \"from\": \"2027\"}]", "procurementWindows[0].from")]
    [InlineData("sources", "[{\"title\": \"Rapport\", \"url\": \"javascript:alert(1)\"}]", "sources[0].url")]
    [InlineData("sources", "[{\"url\": \"https://example.se/\"}]", "sources[0].title")]
    [InlineData("events", "[]", "events")]
    public void A_bad_field_is_named(string field, string json, string expectedError)
    {
        var body = EstablishmentBodies.Valid("kalix-vatgas", b => b[field] = JsonNode.Parse(json));

        var (establishment, errors) = Read(body);

        Assert.Null(establishment);
        Assert.Contains(expectedError, errors.Keys);
    }

    [Fact]
    public void Every_field_of_the_wrong_shape_is_named_in_one_answer()
    {
        var body = EstablishmentBodies.Valid("kalix-vatgas", b =>
        {
            b.Remove("name");
            b["plannedHires"] = JsonNode.Parse("[{\"year\": 2026, \"count\": 5}, {\"year\": 1999, \"count\": 7}]");
            b["phases"]![0]!["from"] = "januari";
        });

        var (_, errors) = Read(body);

        Assert.Equal(["name", "phases[0].from", "plannedHires[1].year"], errors.Keys.Order());
    }

    [Fact]
    public void Every_value_the_rules_refuse_is_named_in_one_answer()
    {
        var body = EstablishmentBodies.Valid("kalix-vatgas", b =>
        {
            b["municipalities"] = JsonNode.Parse("[\"2514\", \"9999\"]");
            b["plannedHires"] = JsonNode.Parse("[{\"year\": 2026, \"count\": 5}, {\"year\": 2026, \"count\": 7}]");
            b["phases"]![0]!["to"] = "2025-12";
            b["procurementWindows"]![0]!["description"]!["sv"] = new string('x', 2_001);
        });

        var (_, errors) = Read(body);

        Assert.Equal(["municipalities[1]", "phases[0].to", "plannedHires[1].year", "procurementWindows[0].description.sv"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_statuses_a_body_may_give_are_the_words_of_every_status()
    {
        string?[] words = [.. Enum.GetValues<EstablishmentStatus>().Select(EstablishmentTerms.Word)];

        Assert.All(
            [typeof(EstablishmentInput), typeof(EstablishmentEventInput)],
            type => Assert.Equal(words, type.GetProperty("Status")!.GetCustomAttribute<AllowedValuesAttribute>()!.Values.Select(v => v as string)));
    }

    [Fact]
    public void An_edit_may_leave_out_the_status_and_keeps_the_current_one()
    {
        var (establishment, _) = Read(EstablishmentBodies.Valid("kalix-vatgas", b => b.Remove("status")), "kalix-vatgas", EstablishmentStatus.Paused);

        Assert.Equal(EstablishmentStatus.Paused, establishment!.Status);
    }

    [Theory]
    [InlineData("eventId", "\"not-a-uuid\"", "eventId")]
    [InlineData("date", "\"12 mars 2025\"", "date")]
    [InlineData("date", "\"2026-12-24\"", "date")]
    [InlineData("kind", "\"merger\"", "kind")]
    [InlineData("status", "\"sold\"", "status")]
    [InlineData("text", "{\"en\": \"English only\"}", "text.sv")]
    [InlineData("source", "{\"title\": \"Rapport\", \"url\": \"ftp://example.se/a.pdf\"}", "source.url")]
    [InlineData("source", "\"Rapport\"", "source")]
    public void A_bad_event_field_is_named(string field, string json, string expectedError)
    {
        var body = EstablishmentBodies.Event(Guid.NewGuid(), "2025-03-12", change: b => b[field] = JsonNode.Parse(json));

        var (recorded, errors) = ReadEvent(body);

        Assert.Null(recorded);
        Assert.Contains(expectedError, errors.Keys);
    }

    [Fact]
    public void A_status_change_needs_a_status_but_a_renaming_does_not_it_needs_the_new_name()
    {
        var (change, changeErrors) = ReadEvent(EstablishmentBodies.Event(Guid.NewGuid(), "2025-03-12", status: null));
        var (renamed, _) = ReadEvent(EstablishmentBodies.Event(Guid.NewGuid(), "2024-01-01", kind: "renamed", status: null, change: b => b["name"] = "Stegra"));
        var (nameless, namelessErrors) = ReadEvent(EstablishmentBodies.Event(Guid.NewGuid(), "2024-01-01", kind: "renamed", status: null));

        Assert.Null(change);
        Assert.Contains("status", changeErrors.Keys);
        Assert.NotNull(renamed);
        Assert.Null(renamed.Event.Status);
        Assert.Equal("Stegra", renamed.Event.Name);
        Assert.Null(nameless);
        Assert.Contains("name", namelessErrors.Keys);
    }

    [Fact]
    public void The_shipped_establishments_are_the_seven_of_the_analysis_with_its_hiring_totals()
    {
        var seed = EstablishmentSeeder.Load(_reader, _eventReader, Now);

        Assert.Equal(EstablishmentBodies.SeedSlugs.Order(), seed.Select(s => s.Establishment.Slug).Order());
        int[] totals = [2_630, 2_990, 3_210, 3_320, 5_120];
        for (var i = 0; i < totals.Length; i++)
        {
            Assert.Equal(totals[i], seed.Sum(s => s.Establishment.PlannedHires.Single(h => h.Year == 2022 + i).Count));
        }

        Assert.Equal(17_270, seed.Sum(s => s.Establishment.PlannedHires.Sum(h => h.Count)));
        Assert.All(seed, s => Assert.Empty(s.Establishment.Phases));
        Assert.All(seed, s => Assert.Empty(s.Establishment.ProcurementWindows));
    }

    [Fact]
    public void The_shipped_northvolt_is_bankrupt_by_its_event_and_stegra_was_renamed()
    {
        var seed = EstablishmentSeeder.Load(_reader, _eventReader, Now).ToDictionary(s => s.Establishment.Slug);

        var northvolt = seed["northvolt"].Establishment;
        Assert.Equal(EstablishmentStatus.Bankrupt, northvolt.Status);
        Assert.Equal(["2482"], northvolt.Municipalities);
        Assert.Equal(["24"], northvolt.Counties);
        var bankruptcy = Assert.Single(northvolt.Events);
        Assert.Equal((new DateOnly(2025, 3, 12), "status_change", EstablishmentStatus.Bankrupt), (bankruptcy.Date, bankruptcy.Kind, bankruptcy.Status));
        var renaming = Assert.Single(seed["stegra"].Establishment.Events);
        Assert.Equal(("renamed", "Stegra", "H2 Green Steel"), (renaming.Kind, renaming.Name, renaming.FormerName));
        Assert.Equal("Stegra", seed["stegra"].Establishment.Name);
        Assert.Equal(["25"], seed["stegra"].Establishment.Counties);
    }
}
