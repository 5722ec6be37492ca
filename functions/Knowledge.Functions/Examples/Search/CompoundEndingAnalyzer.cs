using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Reverse;
using Lucene.Net.Analysis.Standard;

namespace Knowledge.Examples;

/// <summary>
/// Every ending of each folded word from <see cref="MinPart"/> letters up. Swedish writes compounds as one word and
/// the last part carries the meaning, so "försörjning" is an ending of "kompetensförsörjning" while sharing no term
/// with it. One term per query word keeps this cheap; the first part of a compound is found with a prefix query.
/// </summary>
internal sealed class CompoundEndingAnalyzer : Analyzer
{
    public const int MinPart = 4;
    private const int MaxPart = 40;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FoldedWords.Version, reader);
        TokenStream sink = new LowerCaseFilter(FoldedWords.Version, source);
        sink = new ASCIIFoldingFilter(sink);

        // Lucene's edge n-grams only grow from the front: endings are the front grams of the reversed word.
        sink = new ReverseStringFilter(FoldedWords.Version, sink);
        sink = new EdgeNGramTokenFilter(FoldedWords.Version, sink, MinPart, MaxPart);
        sink = new ReverseStringFilter(FoldedWords.Version, sink);
        return new TokenStreamComponents(source, sink);
    }
}
