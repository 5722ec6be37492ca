using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Knowledge.Examples;

/// <summary>
/// The catalogue's search index in process memory (Lucene.NET). Searches run concurrently on the latest
/// refreshed snapshot; writes are serialized and refresh the snapshot before they return, so a search that
/// starts after an Upsert sees it.
/// </summary>
public sealed class LuceneExampleSearch : IExampleSearch, IDisposable
{
    public const int MaxPageSize = 50;

    /// <summary>Deeper pages cost a larger priority queue; nobody reads page 1,000.</summary>
    public const int MaxPage = 1_000;

    private readonly System.Threading.Lock writing = new();
    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ExampleQueryBuilder queries;

    public LuceneExampleSearch()
    {
        var swedish = FoldedStemmingAnalyzer.Swedish();
        var english = FoldedStemmingAnalyzer.English();
        analyzer = ExampleFields.Analyzer(swedish, english);
        writer = new IndexWriter(directory, new IndexWriterConfig(FoldedWords.Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 });
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        queries = new ExampleQueryBuilder(analyzer, swedish, english);
    }

    public void Upsert(IEnumerable<GoodExample> examples)
    {
        lock (writing)
        {
            foreach (var example in examples)
            {
                writer.UpdateDocument(new Term(ExampleFields.Slug, example.Slug), ExampleDocument.From(example));
            }
            searchers.MaybeRefreshBlocking();
        }
    }

    public void Remove(string slug)
    {
        lock (writing)
        {
            writer.DeleteDocuments(new Term(ExampleFields.Slug, slug));
            searchers.MaybeRefreshBlocking();
        }
    }

    public ExampleSearchResult Search(ExampleQuery query)
    {
        var page = Math.Clamp(query.Page, 1, MaxPage);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var language = query.Language == "en" ? "en" : "sv";
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text;

        var searcher = searchers.Acquire();
        try
        {
            // Rewritten once (near spellings expanded to terms) for both the search and the snippets.
            var match = text is null ? new MatchAllDocsQuery() : searcher.Rewrite(queries.Build(text, searcher.IndexReader));
            var visible = query.IncludeDrafts ? null : new QueryWrapperFilter(new TermQuery(new Term(ExampleFields.Status, ExampleDocument.Published)));

            // Without a text there is no relevance: newest first.
            var wanted = page * size;
            ITopDocsCollector hits = text is null
                ? TopFieldCollector.Create(Newest, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true)
                : TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
            var facets = new FacetCounter(hits, Blank(query.Challenge), Blank(query.Kind), Blank(query.County));
            searcher.Search(match, visible, facets);

            var snippets = new ExampleSnippets(analyzer, text is null ? null : HighlightQuery.From(match));
            var results = hits.GetTopDocs((page - 1) * size, size).ScoreDocs
                .Select(hit => Hit(searcher.Doc(hit.Doc), float.IsNaN(hit.Score) ? 0f : hit.Score, language, snippets))
                .ToList();
            return new ExampleSearchResult(facets.Total, results, facets.Facets());
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private static readonly Sort Newest = new(
        new SortField(ExampleFields.Updated, SortFieldType.INT64, reverse: true),
        new SortField(ExampleFields.Slug, SortFieldType.STRING));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static ExampleHit Hit(Document document, float score, string language, ExampleSnippets snippets)
    {
        var title = Localized(document, ExampleFields.Title(language), ExampleFields.TitleSv);
        var summary = Localized(document, ExampleFields.Summary(language), ExampleFields.SummarySv);
        var bodyField = document.Get(ExampleFields.Body(language).Name) is null ? ExampleFields.BodySv : ExampleFields.Body(language);
        var summaryField = document.Get(ExampleFields.Summary(language).Name) is null ? ExampleFields.SummarySv : ExampleFields.Summary(language);
        return new ExampleHit(
            document.Get(ExampleFields.Slug),
            title,
            summary,
            snippets.For(summary, summaryField.Name, document.Get(bodyField.Name), bodyField.Name),
            score,
            document.Get(ExampleFields.Kind),
            document.GetValues(ExampleFields.Challenge),
            document.Get(ExampleFields.Status) == ExampleDocument.Published ? ExampleStatus.Published : ExampleStatus.Draft);
    }

    private static string Localized(Document document, SearchField field, SearchField fallback) =>
        document.Get(field.Name) ?? document.Get(fallback.Name) ?? string.Empty;
}
