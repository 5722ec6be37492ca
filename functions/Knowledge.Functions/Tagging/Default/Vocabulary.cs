namespace Knowledge.Tagging;

/// <summary>The tagger's vocabularies (embedded Tagging/Vocabulary/*.json, one file per language) and the word cache over them.</summary>
internal sealed class Vocabulary
{
    // Notes share a small working vocabulary; the bound keeps unusual input from growing the cache without end.
    private const int CachedWords = 50_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private readonly TokenCache<TokenInfo> cache;

    public Vocabulary(IReadOnlyList<VocabularyFile> files)
    {
        TagNames = [.. files.SelectMany(f => f.Tags.Keys).Distinct().Order(StringComparer.Ordinal)];
        Languages = [.. files.OrderBy(f => f.Language, StringComparer.Ordinal).Select(f => new LanguageVocabulary(f, TagNames))];
        cache = new TokenCache<TokenInfo>(Analyze, CachedWords);
    }

    public string[] TagNames { get; }

    public LanguageVocabulary[] Languages { get; }

    public static Vocabulary LoadEmbedded()
    {
        var assembly = typeof(Vocabulary).Assembly;
        // Manifest names differ by how a project names resources; the suffix is the same everywhere.
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.Contains("Tagging.Vocabulary.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException("No embedded Tagging/Vocabulary/*.json was found.");
        }
        var files = names.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            return JsonSerializer.Deserialize<VocabularyFile>(stream, Json)
                ?? throw new InvalidOperationException($"The vocabulary {name} is empty.");
        }).ToList();
        return new Vocabulary(files);
    }

    /// <summary>Looks up (or analyses) a lower-cased word.</summary>
    public TokenInfo Word(ReadOnlySpan<char> lowered) => cache.Get(lowered);

    private TokenInfo Analyze(string word) => new(word, [.. Languages.Select(l => l.Analyze(word))]);
}
