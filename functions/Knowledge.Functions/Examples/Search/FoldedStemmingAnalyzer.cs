using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Knowledge.Examples;

/// <summary>
/// Tokenizer → lower case → ASCII folding → stop words → Snowball stemmer, the same at index and query time.
/// Folding comes before stemming: stemmed first, "Luleå" would index as "lulea" while the query "lulea" stems to "lule".
/// Folding can make a stem diverge: "leverantör" folds to "leverantor", whose "-or" the Swedish stemmer takes for a
/// plural ending ("leverant"), while "leverantörer" stems to "leverantor". The all-words fields therefore keep each
/// word's folded form beside its stem, so the query "leverantor" meets either; the per-field text has stems only,
/// which keeps a query's clauses (and its cost) half as many.
/// </summary>
internal sealed class FoldedStemmingAnalyzer : Analyzer
{
    private readonly CharArraySet stopWords;
    private readonly Func<SnowballProgram> stemmer;
    private readonly bool possessives;
    private readonly bool keepFolded;

    private FoldedStemmingAnalyzer(CharArraySet stopWords, Func<SnowballProgram> stemmer, bool possessives, bool keepFolded)
    {
        this.stopWords = stopWords;
        this.stemmer = stemmer;
        this.possessives = possessives;
        this.keepFolded = keepFolded;
    }

    public static FoldedStemmingAnalyzer Swedish(bool keepFolded = false) =>
        new(FoldedWords.Set(SwedishAnalyzer.DefaultStopSet), () => new SwedishStemmer(), possessives: false, keepFolded);

    public static FoldedStemmingAnalyzer English(bool keepFolded = false) =>
        new(FoldedWords.Set(EnglishAnalyzer.DefaultStopSet), () => new EnglishStemmer(), possessives: true, keepFolded);

    /// <summary>Whether a folded, lower-cased word is a stop word here.</summary>
    public bool IsStopWord(string word) => stopWords.Contains(word);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FoldedWords.Version, reader);
        TokenStream sink = possessives ? new EnglishPossessiveFilter(FoldedWords.Version, source) : source;
        sink = new LowerCaseFilter(FoldedWords.Version, sink);
        sink = new ASCIIFoldingFilter(sink);
        sink = new StopFilter(FoldedWords.Version, sink, stopWords);
        if (!keepFolded)
        {
            return new TokenStreamComponents(source, new SnowballFilter(sink, stemmer()));
        }
        sink = new KeywordRepeatFilter(sink);
        sink = new SnowballFilter(sink, stemmer());
        sink = new RemoveDuplicatesTokenFilter(sink);
        return new TokenStreamComponents(source, sink);
    }
}
