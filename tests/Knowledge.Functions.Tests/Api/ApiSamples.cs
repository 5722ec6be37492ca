using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Knowledge.Shared.Http;
using Knowledge.Tests.Establishments;
using Knowledge.Tests.Examples;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Api;

/// <summary>
/// Well-formed requests to every operation of the API description: an allowed caller, path and required query values that reach
/// validation, and a valid body for each operation that takes one. Bad-input cases change one thing at a time in these.
/// </summary>
internal sealed class ApiSamples
{
    public const string Municipality = "2580"; // Luleå, county 25
    public const string County = "25"; // Norrbotten

    private ApiSamples(Guid answer, Guid note, int draftVersion)
    {
        Answer = answer;
        Note = note;
        DraftVersion = draftVersion;
    }

    /// <summary>Samples with made-up ids, for listing the cases without storage.</summary>
    public static ApiSamples Unarranged { get; } = new(Guid.NewGuid(), Guid.NewGuid(), 2);

    public Guid Answer { get; }

    public Guid Note { get; }

    public int DraftVersion { get; }

    public static readonly ClientPrincipal Office = Principals.Office(Municipality, "bad-input-office");

    /// <summary>An answer and a note of the office and a draft of the shipped survey, so that edits of them reach their validation.</summary>
    public static async Task<ApiSamples> ArrangeAsync(TestEnvironment env)
    {
        var office = await env.ClientAsync(Office);
        var answer = SurveyAnswers.Valid(Municipality);
        var note = NoteBody(Guid.NewGuid());
        (await office.SubmitAsync(answer)).EnsureSuccessStatusCode();
        (await office.PostAsJsonAsync("/api/notes", note)).EnsureSuccessStatusCode();
        var staff = await env.ClientAsync(Principals.Staff("bad-input-staff"));
        var draft = await staff.PostAsync("/api/surveys/sme-needs/versions", null);
        var json = (await draft.Content.ReadFromJsonAsync<JsonObject>())!;
        var version = (json["draft"] ?? json)["version"]!.GetValue<int>(); // 409 with the draft when arranged before
        return new ApiSamples(Guid.Parse(answer["responseId"]!.GetValue<string>()), Guid.Parse(note["noteId"]!.GetValue<string>()), version);
    }

    /// <summary>The first role of the operation's x-roles, with the scope of the sample municipality or county.</summary>
    public static ClientPrincipal? Caller(JsonObject operation) => operation["x-roles"]!.AsArray()[0]!.GetValue<string>() switch
    {
        "anonymous" => null,
        Roles.Office => Office,
        Roles.Region => Principals.Region(County, "bad-input-region"),
        Roles.Staff => Principals.Staff("bad-input-staff"),
        Roles.Admin => Principals.Admin("bad-input-admin"),
        var role => throw new InvalidOperationException($"No sample caller for role '{role}'."),
    };

    public string PathValue(string path, string parameter) => (path, parameter) switch
    {
        (_, "responseId") => Answer.ToString(),
        ("/api/tags/models/{version}/promote", "version") => Knowledge.Tagging.Models.TagModels.ShippedVersion,
        (_, "version") => DraftVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (_, "code") => Municipality,
        (_, "user") => "bad-input-user@example.se",
        ("/api/needs/rebuild/{id}", "id") => Guid.NewGuid().ToString(),
        ("/api/tags/models/retrain/{id}", "id") => Guid.NewGuid().ToString(),
        (_, "id") when path.StartsWith("/api/codebook/proposals/", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
        ("/api/reports/situation/issued/{id}", "id") => "2026-11",
        (_, "id") when path.StartsWith("/api/notes/", StringComparison.Ordinal) => Note.ToString(),
        (_, "id") when path.StartsWith("/api/surveys/", StringComparison.Ordinal) => "sme-needs",
        (_, "slug") when path.StartsWith("/api/establishments/", StringComparison.Ordinal) => "lkab",
        (_, "slug") when path.StartsWith("/api/examples/", StringComparison.Ordinal) => "facebook-lulea",
        _ => throw new InvalidOperationException($"No sample value for {{{parameter}}} in {path}; add one to ApiSamples."),
    };

    public static string QueryValue(string path, string parameter) => parameter switch
    {
        "county" => County,
        "municipality" => Municipality,
        _ => throw new InvalidOperationException($"No sample value for the required ?{parameter}= of {path}; add one to ApiSamples."),
    };

    /// <summary>A body the operation accepts; a new operation with a body fails the bad-input test until it has one here.</summary>
    public JsonNode ValidBody(string method, string path) => $"{method.ToUpperInvariant()} {path}" switch
    {
        "POST /api/tags/suggest" => new JsonObject { ["text"] = "Vi behöver svetsare." },
        "POST /api/surveys/{id}/responses" => SurveyAnswers.Valid(Municipality),
        "PUT /api/surveys/{id}/responses/{responseId}" => SurveyAnswers.Valid(Municipality, Answer, d => d["needs"] = "Vi behöver fler svetsare."),
        "PUT /api/surveys/{id}/responses/{responseId}/reference" => new JsonObject { ["reference"] = "Svetsbolaget i Luleå" },
        "POST /api/notes" => NoteBody(Guid.NewGuid()),
        "PUT /api/notes/{id}/tags" => new JsonObject { ["tags"] = new JsonArray("financing") },
        "POST /api/access/roles" => new JsonObject { ["userDetails"] = "bad-input-user@example.se" },
        "PUT /api/access/bindings/{user}" => new JsonObject { ["roles"] = new JsonArray(Roles.Office, Roles.ForMunicipality(Municipality)) },
        "POST /api/establishments" => EstablishmentBodies.Valid(EstablishmentBodies.NewSlug()),
        "PUT /api/establishments/{slug}" => EstablishmentBodies.Valid("lkab", b => b.Remove("status")),
        "POST /api/establishments/{slug}/events" => EstablishmentBodies.Event(Guid.NewGuid(), "2026-06-01", kind: "milestone", status: null),
        "POST /api/examples" => ExampleBodies.Valid(ExampleBodies.NewSlug()),
        "PUT /api/examples/{slug}" => ExampleBodies.Valid("facebook-lulea"),
        "POST /api/reports/situation/issued" => new JsonObject { ["county"] = County, ["period"] = "2026-10" },
        "POST /api/erasures" => new JsonObject { ["noteId"] = Guid.NewGuid().ToString() },
        "PUT /api/surveys/{id}/versions/{version}" => new JsonObject { ["definition"] = new JsonObject { ["title"] = "Behov", ["pages"] = new JsonArray() } },
        // The one XML body: a codebook of one code.
        "POST /api/exports/codebook.qdc" => JsonValue.Create("""<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Knowledge"><Codes><Code guid="3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b" name="Nytt behov" isCodable="true" /></Codes></CodeBook>""")!,
        var operation => throw new InvalidOperationException($"No valid body for {operation}; add one to ApiSamples."),
    };

    private static JsonObject NoteBody(Guid id) => new()
    {
        ["noteId"] = id.ToString(),
        ["municipality"] = Municipality,
        ["interviewDate"] = "2026-11-20",
        ["text"] = "Banken lånar inte ut till investeringen i en ny svets.",
    };
}
