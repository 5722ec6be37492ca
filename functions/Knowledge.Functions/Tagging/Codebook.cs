using System.Text.Json;

namespace Knowledge.Tagging;

/// <summary>The challenge tags every answer and note is coded with; data, not code (Tagging/codebook.json).</summary>
public sealed class Codebook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Codebook()
    {
        var assembly = typeof(Codebook).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Tagging.codebook.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var file = JsonSerializer.Deserialize<CodebookFile>(stream, Json)
            ?? throw new InvalidOperationException("The embedded codebook is empty.");
        Version = file.Version;
        Tags = file.Tags;
    }

    public int Version { get; }

    public IReadOnlyList<CodebookTag> Tags { get; }

    public bool Contains(string tag) => Tags.Any(t => t.Tag == tag);

    private sealed record CodebookFile(int Version, IReadOnlyList<CodebookTag> Tags);
}
