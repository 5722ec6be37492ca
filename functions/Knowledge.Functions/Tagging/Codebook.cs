namespace Knowledge.Tagging;

/// <summary>
/// The challenge tags every answer and note is coded with; data, not code. It starts as the shipped
/// Tagging/codebook.json and moves to newer versions an admin accepted (see <c>Proposals/CodebookSync</c>).
/// </summary>
public sealed class Codebook
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lock _gate = new();
    private volatile Edition _current;

    public Codebook()
    {
        var assembly = typeof(Codebook).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Tagging.codebook.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var file = JsonSerializer.Deserialize<Edition>(stream, Json)
            ?? throw new InvalidOperationException("The embedded codebook is empty.");
        _current = file;
    }

    public int Version => _current.Version;

    public IReadOnlyList<CodebookTag> Tags => _current.Tags;

    public bool Contains(string tag) => _current.Tags.Any(t => t.Tag == tag);

    /// <summary>Moves to a newer version; an older or equal one (a late poll, a replay) changes nothing.</summary>
    public bool Apply(int version, IReadOnlyList<CodebookTag> tags)
    {
        lock (_gate)
        {
            if (version <= _current.Version)
            {
                return false;
            }

            _current = new Edition(version, tags);
            return true;
        }
    }

    // Version and tags swap together, so a reader never pairs one version's number with another's tags.
    private sealed record Edition(int Version, IReadOnlyList<CodebookTag> Tags);
}
