namespace Knowledge.Examples;

/// <summary>
/// Full-text search over the catalogue. Table storage is the source of truth; an implementation holds
/// an index of it (in process with Lucene.NET here; Azure AI Search could take over for a national catalogue).
/// </summary>
public interface IExampleSearch
{
    /// <summary>Adds the examples, replacing any indexed under the same slug.</summary>
    void Upsert(IEnumerable<GoodExample> examples);

    void Remove(string slug);

    ExampleSearchResult Search(ExampleQuery query);
}

/// <summary>
/// A search: free text (may be empty: everything, newest first), facet filters, a 1-based page, the
/// language of the snippets, and whether drafts may be returned (staff only).
/// </summary>
public sealed record ExampleQuery(
    string? Text,
    string? Challenge = null,
    string? Kind = null,
    string? County = null,
    int Page = 1,
    int PageSize = 10,
    string Language = "sv",
    bool IncludeDrafts = false);

/// <summary>
/// Hits of one page, the total number of matches, and facet counts over all matches (challenge tag,
/// kind, county code or country code for examples abroad).
/// </summary>
public sealed record ExampleSearchResult(
    int Total,
    IReadOnlyList<ExampleHit> Results,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

/// <summary>A hit: its title and summary in the asked language, a snippet with &lt;mark&gt; around matched words (HTML-escaped otherwise).</summary>
public sealed record ExampleHit(string Slug, string Title, string Summary, string Snippet, float Score, string Kind, IReadOnlyList<string> Challenges, ExampleStatus Status);
