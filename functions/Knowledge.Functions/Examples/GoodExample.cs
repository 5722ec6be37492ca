using Knowledge.Shared.Vocabulary;

namespace Knowledge.Examples;

/// <summary>
/// One entry of the catalogue of good examples: what was done where, which challenges it speaks to,
/// what was learned, and where the facts come from. Swedish text is required; English sits beside it.
/// </summary>
public sealed record GoodExample(
    string Slug,
    BilingualText Title,
    BilingualText Summary,
    BilingualText Body,
    ExamplePlace Place,
    string Kind,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Challenges,
    LocalizedList Lessons,
    IReadOnlyList<Source> Sources,
    ExampleStatus Status,
    DateTimeOffset UpdatedAt,
    string UpdatedBy)
{
    public bool IsPublished => Status == ExampleStatus.Published;
}

/// <summary>Items in Swedish with their English counterparts (either list may be empty).</summary>
public sealed record LocalizedList([property: MaxLength(20)] IReadOnlyList<string> Sv, [property: MaxLength(20)] IReadOnlyList<string> En);

/// <summary>
/// Where the example happened: Swedish municipality and county codes (SCB), or only a country
/// (ISO 3166-1 alpha-2) for examples abroad. <see cref="Name"/> is how to say the place in words.
/// </summary>
public sealed record ExamplePlace(IReadOnlyList<string> Municipalities, IReadOnlyList<string> Counties, string Country, BilingualText Name);

public enum ExampleStatus
{
    Draft,
    Published,
}
