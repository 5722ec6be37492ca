using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Knowledge.Tagging;

/// <summary>Lucene.NET's Snowball stemmers; one instance per thread because a SnowballProgram keeps its word as state.</summary>
internal sealed class SnowballStemmer
{
    private readonly ThreadLocal<SnowballProgram> programs;

    private SnowballStemmer(Func<SnowballProgram> create) => programs = new ThreadLocal<SnowballProgram>(create);

    public static SnowballStemmer For(string language) => language switch
    {
        "sv" => new SnowballStemmer(() => new SwedishStemmer()),
        "en" => new SnowballStemmer(() => new EnglishStemmer()),
        _ => throw new NotSupportedException($"No Snowball stemmer is wired up for \"{language}\"."),
    };

    /// <summary>Stems a lower-cased word.</summary>
    public string Stem(string word)
    {
        var program = programs.Value!;
        program.SetCurrent(word);
        program.Stem();
        return program.Current;
    }
}
