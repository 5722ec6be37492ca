using System.ComponentModel;
using Knowledge.Shared.Vocabulary;

namespace Knowledge.Examples;

/// <summary>
/// The body creating or replacing a good example. What the record cannot say (the kind and challenges, known
/// codes, the slug of the address, URLs, text lengths) ExampleReader checks.
/// </summary>
internal sealed record ExampleInput(
    [property: MaxLength(80)]
    [property: RegularExpression(SlugField.Pattern, ErrorMessage = "Use lower-case letters a–z, digits and single hyphens, e.g. facebook-lulea.")]
    [property: Description("An edit may leave it out: the address gives it.")]
    string Slug,
    BilingualText Title,
    BilingualText Summary,
    BilingualText Body,
    ExamplePlaceInput Place,
    [property: MaxLength(100)][property: Description("An example kind, see /api/example-kinds.")] string Kind,
    [property: MaxLength(30)] IReadOnlyList<int>? Years,
    [property: MaxLength(30)] IReadOnlyList<string>? Actors,
    [property: Description("Codebook tags.")] IReadOnlyList<string>? Challenges,
    LocalizedList? Lessons,
    [property: MaxLength(30)] IReadOnlyList<SourceInput>? Sources,
    [property: AllowedValues("draft", "published")][property: Description("draft when left out.")] string? Status);

/// <summary>
/// Where the example happened: SCB municipality and county codes (a municipality's county is added), or only a
/// country (ISO 3166-1 alpha-2, SE when left out) for examples abroad, and the place in words.
/// </summary>
internal sealed record ExamplePlaceInput(
    [property: MaxLength(300)] IReadOnlyList<string>? Municipalities,
    [property: MaxLength(300)] IReadOnlyList<string>? Counties,
    [property: RegularExpression("[A-Z]{2}|INT", ErrorMessage = "Must be an ISO 3166 country code such as SE, FI or US, or INT for international.")]
    string? Country,
    BilingualText Name);

/// <summary>The request bodies Examples binds, source-generated; the shipped catalogue binds through it too.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ExampleInput))]
internal sealed partial class ExampleRequestBodies : JsonSerializerContext;

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
    [property: Description("HTML with <mark> around matches.")] string Snippet,
    float Score,
    string Kind,
    IReadOnlyList<string> Challenges,
    [property: AllowedValues("published", "draft")] string Status)
{
    public static ExampleHitView From(ExampleHit h) =>
        new(h.Slug, h.Title, h.Summary, h.Snippet, h.Score, h.Kind, h.Challenges, h.Status == ExampleStatus.Published ? "published" : "draft");
}
