namespace Knowledge.Tagging.Training;

/// <summary>
/// The files of a labelled corpus, by name: *.jsonl statements and splits.json. The app retrains from the corpus it
/// embeds (Tagging/Corpus); the training command can point at any folder.
/// </summary>
internal sealed class CorpusFiles
{
    public const string SplitsFile = "splits.json";

    private const string ResourcePrefix = "Tagging.Corpus.";

    private readonly SortedDictionary<string, byte[]> files;

    private CorpusFiles(SortedDictionary<string, byte[]> files, string origin)
    {
        this.files = files;
        Origin = origin;
    }

    public static Lazy<CorpusFiles> Embedded { get; } = new(LoadEmbedded);

    /// <summary>Where the files came from, for messages.</summary>
    public string Origin { get; }

    /// <summary>The statement files, in name order.</summary>
    public IEnumerable<(string Name, byte[] Bytes)> Statements =>
        files.Where(f => f.Key.EndsWith(".jsonl", StringComparison.Ordinal)).Select(f => (f.Key, f.Value));

    public byte[]? Splits => files.GetValueOrDefault(SplitsFile);

    public static CorpusFiles FromFolder(string folder) =>
        new(new SortedDictionary<string, byte[]>(
            Directory.GetFiles(folder)
                .Where(p => p.EndsWith(".jsonl", StringComparison.Ordinal) || Path.GetFileName(p) == SplitsFile)
                .ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes),
            StringComparer.Ordinal), folder);

    private static CorpusFiles LoadEmbedded()
    {
        var assembly = typeof(CorpusFiles).Assembly;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            files[name[ResourcePrefix.Length..]] = bytes.ToArray();
        }
        return new CorpusFiles(files, "the embedded corpus");
    }
}
