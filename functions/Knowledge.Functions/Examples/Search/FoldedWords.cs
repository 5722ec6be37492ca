using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Knowledge.Examples;

/// <summary>
/// Words lower-cased and folded to ASCII ("Småföretag" → "smaforetag"), split as the index splits them. Query parts
/// that Lucene does not analyse (fuzzy terms, n-grams) are built from these.
/// </summary>
internal sealed class FoldedWords : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static FoldedWords Instance { get; } = new();

    public IReadOnlyList<string> Split(string text) => Tokens(this, string.Empty, text);

    /// <summary>The terms an analyzer makes of a text for a field.</summary>
    public static IReadOnlyList<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }
        stream.End();
        return tokens;
    }

    /// <summary>A stop word list folded like the text it is applied to ("för" → "for").</summary>
    public static CharArraySet Set(CharArraySet words)
    {
        var folded = new CharArraySet(Version, words.Count, ignoreCase: true);
        foreach (var word in words)
        {
            folded.Add(Fold(word.ToString()!));
        }
        return folded.AsReadOnly();
    }

    private static string Fold(string word)
    {
        var input = word.ToLowerInvariant().ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream sink = new LowerCaseFilter(Version, source);
        sink = new ASCIIFoldingFilter(sink);
        return new TokenStreamComponents(source, sink);
    }
}
