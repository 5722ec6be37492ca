using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Knowledge.Examples;

/// <summary>
/// About 200 characters of the summary or body around the matched words, with &lt;mark&gt; around them and
/// everything else HTML-escaped; the start of the summary when nothing matched (or nothing was searched).
/// </summary>
internal sealed class ExampleSnippets(Analyzer analyzer, Query? highlightQuery)
{
    public const int FragmentSize = 200;

    private readonly Dictionary<string, QueryScorer?> scorers = new(StringComparer.Ordinal);

    public string For(string summary, string summaryField, string? body, string bodyField)
    {
        // The summary is short and says what the example is; the long body is analysed only when it does not match.
        var best = Best(summary, summaryField) ?? (body is null ? null : Best(body, bodyField));
        return best is null ? Start(summary) : best.ToString();
    }

    private TextFragment? Best(string text, string field)
    {
        if (ScorerFor(field) is not { } scorer)
        {
            return null;
        }
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MarkupEncoder.Instance, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        var fragment = highlighter.GetBestTextFragments(tokens, text, mergeContiguousFragments: false, maxNumFragments: 1)
            .FirstOrDefault(f => f is not null && f.Score > 0);
        return fragment;
    }

    private QueryScorer? ScorerFor(string field)
    {
        // A scorer holds the query's terms for one field; it is reused for every hit of the page.
        if (!scorers.TryGetValue(field, out var scorer))
        {
            scorer = highlightQuery is null ? null : new QueryScorer(highlightQuery, field);
            scorers[field] = scorer;
        }
        return scorer;
    }

    /// <summary>The summary's first words up to about a fragment's length, cut between words.</summary>
    private static string Start(string summary)
    {
        if (summary.Length <= FragmentSize)
        {
            return MarkupEncoder.Encode(summary);
        }
        var cut = summary.LastIndexOf(' ', FragmentSize);
        return MarkupEncoder.Encode(summary[..(cut > FragmentSize / 2 ? cut : FragmentSize)]) + "…";
    }
}
