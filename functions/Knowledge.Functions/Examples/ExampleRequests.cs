namespace Knowledge.Examples;

/// <summary>The body creating or replacing a good example (ExampleReader reads and validates it field by field).</summary>
internal sealed record ExampleInput(
    string Slug,
    JsonObject Title,
    JsonObject Summary,
    JsonObject? Body,
    JsonObject Place,
    string Kind,
    [property: MaxLength(30)] IReadOnlyList<int>? Years,
    IReadOnlyList<string>? Actors,
    IReadOnlyList<string> Challenges,
    JsonObject? Lessons,
    IReadOnlyList<JsonObject>? Sources,
    [property: AllowedValues("draft", "published")] string Status);

/// <summary>One page of search hits with the facets of all of them.</summary>
internal sealed record ExampleSearchResultView(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<ExampleHitView> Results,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

/// <summary>A search hit as the API shows it; a draft only to staff and admin.</summary>
internal sealed record ExampleHitView(
    string Slug,
    string Title,
    string Summary,
    [property: System.ComponentModel.Description("HTML with <mark> around matches.")] string Snippet,
    float Score,
    string Kind,
    IReadOnlyList<string> Challenges,
    [property: AllowedValues("published", "draft")] string Status)
{
    public static ExampleHitView From(ExampleHit h) =>
        new(h.Slug, h.Title, h.Summary, h.Snippet, h.Score, h.Kind, h.Challenges, h.Status == ExampleStatus.Published ? "published" : "draft");
}
