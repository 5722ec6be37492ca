using System.Text.Json.Nodes;

namespace Knowledge.Tests.Establishments;

/// <summary>Establishments and events as the staff editor posts them.</summary>
internal static class EstablishmentBodies
{
    public static readonly string[] SeedSlugs = ["boliden", "ssab", "lkab", "lkab-construction", "northvolt", "skelleftea-kraft", "stegra"];

    public static string NewSlug() => $"test-{Guid.NewGuid():N}"[..21];

    public static JsonObject Valid(string slug, Action<JsonObject>? change = null)
    {
        var body = new JsonObject
        {
            ["slug"] = slug,
            ["name"] = "Kalix vätgaspark",
            ["company"] = "Exempel AB",
            ["municipalities"] = new JsonArray("2514"),
            ["sector"] = "D",
            ["status"] = "planned",
            ["phases"] = new JsonArray(
                new JsonObject { ["kind"] = "permits", ["from"] = "2026-01", ["to"] = "2026-12" },
                new JsonObject { ["kind"] = "construction", ["from"] = "2027-03", ["note"] = new JsonObject { ["sv"] = "Byggstart om tillstånd ges." } }),
            ["plannedHires"] = new JsonArray(new JsonObject { ["year"] = 2028, ["count"] = 40 }, new JsonObject { ["year"] = 2027, ["count"] = 10 }),
            ["procurementWindows"] = new JsonArray(new JsonObject
            {
                ["category"] = "construction",
                ["phase"] = "construction",
                ["from"] = "2027-01",
                ["to"] = "2028-06",
                ["description"] = new JsonObject { ["sv"] = "Mark och betong.", ["en"] = "Groundworks and concrete." },
            }),
            ["sources"] = new JsonArray(new JsonObject { ["title"] = "Kalix kommun", ["url"] = "https://www.kalix.se/" }),
        };
        change?.Invoke(body);
        return body;
    }

    public static JsonObject Event(Guid eventId, string date, string kind = "status_change", string? status = "in_construction", Action<JsonObject>? change = null)
    {
        var body = new JsonObject
        {
            ["eventId"] = eventId.ToString(),
            ["date"] = date,
            ["kind"] = kind,
            ["text"] = new JsonObject { ["sv"] = "Bygget har börjat.", ["en"] = "Construction has begun." },
        };
        if (status is not null)
        {
            body["status"] = status;
        }

        change?.Invoke(body);
        return body;
    }
}
