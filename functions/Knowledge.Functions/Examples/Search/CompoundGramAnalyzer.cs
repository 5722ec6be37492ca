using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;

namespace Knowledge.Examples;

/// <summary>
/// Inner n-grams of the folded words. Swedish writes compounds as one word, so "försörjning" shares every gram with
/// "kompetensförsörjning" while sharing no term with it.
/// </summary>
internal sealed class CompoundGramAnalyzer : Analyzer
{
    public const int GramSize = 4;

    /// <summary>The grams of one folded word, as the index holds them.</summary>
    public static IReadOnlyList<string> Grams(string foldedWord)
    {
        var grams = new List<string>();
        for (var i = 0; i + GramSize <= foldedWord.Length; i++)
        {
            grams.Add(foldedWord.Substring(i, GramSize));
        }
        return grams;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FoldedWords.Version, reader);
        TokenStream sink = new LowerCaseFilter(FoldedWords.Version, source);
        sink = new ASCIIFoldingFilter(sink);
        sink = new NGramTokenFilter(FoldedWords.Version, sink, GramSize, GramSize);
        return new TokenStreamComponents(source, sink);
    }
}
