using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Knowledge.Tests.Tagging.Models;

/// <summary>
/// Notes in Kiruna as staff there write about the roads to the mills: phrasing the shipped model does not tag, which
/// reviews teach a retrained model. Fixed ids, so the held-out fifth of the reviews is the same in every run.
/// </summary>
internal static class WinterRoadNotes
{
    public const string Kiruna = "2584";

    /// <summary>Not tagged infrastructure by the shipped model; tagged by one trained on the reviewed <see cref="Reviewed"/>.</summary>
    public const string NewNote = "Snöröjningen till industriområdet är eftersatt.";

    public static readonly string[] Reviewed =
    [
        "Snöröjningen på grusvägen till sågen är eftersatt.",
        "Snöröjningen på vägen upp till verkstaden är eftersatt hela vintern.",
        "Vägen till industriområdet plogas för sällan, snöröjningen är eftersatt.",
        "Företaget säger att snöröjningen till lagret är eftersatt och att lastbilarna fastnar.",
        "Snöröjningen på enskilda vägen är eftersatt så leveranserna blir sena.",
        "Kunderna når inte butiken när snöröjningen är eftersatt.",
        "Snöröjningen längs vägen till hamnen är eftersatt.",
        "Ägaren klagar på att snöröjningen är eftersatt på vägen till sågverket.",
        "Snöröjningen vid grustaget är eftersatt, bilarna kommer inte fram.",
        "Vintertid är snöröjningen på vägarna till byn eftersatt.",
    ];

    public static Guid NoteId(int n) => new($"00000000-0000-4000-8000-{n:D12}");

    public static async Task<JsonObject> AddAsync(HttpClient office, string text, int n)
    {
        var response = await office.PostAsJsonAsync("/api/notes", new JsonObject
        {
            ["noteId"] = NoteId(n).ToString(),
            ["municipality"] = Kiruna,
            ["interviewDate"] = "2026-11-20",
            ["text"] = text,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static List<string> Tags(JsonObject note) => [.. note["tags"]!.AsArray().Select(t => t!.GetValue<string>())];
}
