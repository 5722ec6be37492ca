using Knowledge.Shared.Vocabulary;

namespace Knowledge.Examples;

/// <summary>An example as the API returns it (status as a word, the ETag for edits).</summary>
public sealed record ExampleView(
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
    string Status,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    string ETag)
{
    public static ExampleView From(StoredExample stored)
    {
        var e = stored.Example;
        return new(e.Slug, e.Title, e.Summary, e.Body, e.Place, e.Kind, e.Years, e.Actors, e.Challenges, e.Lessons, e.Sources,
            e.IsPublished ? "published" : "draft", e.UpdatedAt, e.UpdatedBy, stored.ETag);
    }
}
