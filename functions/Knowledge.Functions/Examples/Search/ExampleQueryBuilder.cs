using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Examples;

/// <summary>
/// Builds the Lucene query for a search text programmatically, so user input is never query syntax. Each word is
/// looked for, best match wins: as its stem in every text field (field boosts), as a near spelling (fuzzy, weaker),
/// and as a part of a compound (the end or start of a longer word, weakest). Quoted phrases must occur.
/// Near spellings are only tried for words that are rare in the index: a typo rarely spells a common word, and
/// expanding common words into dozens of neighbours is what would make a search slow.
/// </summary>
internal sealed class ExampleQueryBuilder(Analyzer analyzer, FoldedStemmingAnalyzer swedish, FoldedStemmingAnalyzer english)
{
    /// <summary>From this length a word is also matched with small misspellings; shorter words have too many neighbours.</summary>
    private const int FuzzyFrom = 5;
    private const int TwoEditsFrom = 9;
    private const float FuzzyBoost = 0.5f;
    private const int FuzzyPrefix = 1;
    private const int FuzzyBelowDocs = 10;
    private const int FuzzyExpansions = 20;

    /// <summary>Compound parts, scored far below the word itself.</summary>
    private const float EndingBoost = 0.2f;
    private const float StartBoost = 0.1f;
    private const int StartTerms = 16;

    private const float PhraseBoost = 2f;
    private const float TieBreaker = 0.3f;

    private readonly QueryBuilder phrases = new(analyzer);

    /// <summary>The query for a non-empty text; a text of only stop words matches nothing.</summary>
    public Query Build(string text, IndexReader reader)
    {
        var parsed = QueryText.Parse(text);
        var query = new BooleanQuery();
        foreach (var word in parsed.Words)
        {
            if (Word(word, reader) is { } clause)
            {
                query.Add(clause, Occur.SHOULD);
            }
        }
        foreach (var phrase in parsed.Phrases)
        {
            if (Phrase(phrase) is { } clause)
            {
                query.Add(clause, Occur.MUST);
            }
        }
        return query;
    }

    private Query? Word(string word, IndexReader reader)
    {
        if (swedish.IsStopWord(word) || english.IsStopWord(word))
        {
            return null;
        }

        var best = new DisjunctionMaxQuery(TieBreaker);
        foreach (var field in ExampleFields.Text)
        {
            foreach (var term in FoldedWords.Tokens(analyzer, field.Name, word))
            {
                best.Add(new TermQuery(new Term(field.Name, term)) { Boost = field.Boost });
            }
        }
        var words = ExampleFields.Words
            .SelectMany(field => FoldedWords.Tokens(analyzer, field.Name, word).Select(term => (field, term: new Term(field.Name, term))))
            .ToList();
        words.ForEach(w => best.Add(new TermQuery(w.term) { Boost = w.field.Boost }));
        if (word.Length >= FuzzyFrom && words.All(w => reader.DocFreq(w.term) < FuzzyBelowDocs))
        {
            var edits = word.Length >= TwoEditsFrom ? 2 : 1;
            words.ForEach(w => best.Add(new FuzzyQuery(w.term, edits, FuzzyPrefix, FuzzyExpansions, transpositions: true) { Boost = FuzzyBoost }));
        }
        if (word.Length >= CompoundEndingAnalyzer.MinPart)
        {
            best.Add(new TermQuery(new Term(ExampleFields.Endings, word)) { Boost = EndingBoost });
            best.Add(new PrefixQuery(new Term(ExampleFields.WordsSv.Name, word))
            {
                Boost = StartBoost,

                // The first few longer words starting so are enough to say the word starts a compound here.
                MultiTermRewriteMethod = new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(StartTerms),
            });
        }
        return best.Disjuncts.Count > 0 ? best : null;
    }

    private DisjunctionMaxQuery? Phrase(string phrase)
    {
        var best = new DisjunctionMaxQuery(TieBreaker);
        foreach (var field in ExampleFields.Prose)
        {
            if (phrases.CreatePhraseQuery(field.Name, phrase) is { } query)
            {
                query.Boost = field.Boost * PhraseBoost;
                best.Add(query);
            }
        }
        return best.Disjuncts.Count > 0 ? best : null;
    }
}
