using System.Text.Json.Nodes;

namespace Knowledge.Tests.Examples;

/// <summary>Catalogue entries as the staff editor posts them.</summary>
internal static class ExampleBodies
{
    public static string NewSlug() => $"test-{Guid.NewGuid():N}"[..21];

    public static JsonObject Valid(string slug, Action<JsonObject>? change = null)
    {
        var body = new JsonObject
        {
            ["slug"] = slug,
            ["title"] = new JsonObject { ["sv"] = "Gemensam rekryteringsmässa i Kalix", ["en"] = "Joint recruitment fair in Kalix" },
            ["summary"] = new JsonObject { ["sv"] = "Småföretag i Kalix delade en monter för att hitta svetsare.", ["en"] = "Small firms in Kalix shared a stand to find welders." },
            ["body"] = new JsonObject { ["sv"] = "Företagen **delade** kostnaden och fick fler sökande.", ["en"] = "The firms **shared** the cost and got more applicants." },
            ["place"] = new JsonObject { ["municipalities"] = new JsonArray("2514"), ["name"] = new JsonObject { ["sv"] = "Kalix", ["en"] = "Kalix" } },
            ["kind"] = "collaboration",
            ["years"] = new JsonArray(2026),
            ["actors"] = new JsonArray("Kalix kommun"),
            ["challenges"] = new JsonArray("competence"),
            ["lessons"] = new JsonObject { ["sv"] = new JsonArray("Dela kostnaden."), ["en"] = new JsonArray("Share the cost.") },
            ["sources"] = new JsonArray(new JsonObject { ["title"] = "Kalix kommun", ["url"] = "https://www.kalix.se/" }),
            ["status"] = "published",
        };
        change?.Invoke(body);
        return body;
    }
}
