using Knowledge.Shared;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Knowledge.Surveys;

/// <summary>A draft or published version as the authoring endpoints answer it; <c>Problems</c> are the rules' findings on a draft.</summary>
public sealed record SurveyVersionView(
    string Id,
    int Version,
    string Status,
    int? BasedOn,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    JsonNode? Title,
    JsonObject Definition,
    IDictionary<string, string[]>? Problems,
    [property: JsonIgnore] string? ETag) : IVersioned
{
    public const string Draft = "draft";
    public const string Published = "published";

    public static SurveyVersionView From(SurveyDraft draft, IDictionary<string, string[]> problems) =>
        new(draft.Id, draft.Version, Draft, draft.BasedOn, null, draft.UpdatedAt, draft.Definition["title"], draft.Definition, problems, draft.ETag);

    /// <summary>A published version never changes, so its ETag is its number.</summary>
    public static SurveyVersionView From(SurveyDefinition definition) =>
        new(definition.Id, definition.Version, Published, null, definition.PublishedAt, null, definition.Title, definition.Definition, null, $"\"v{definition.Version}\"");
}
