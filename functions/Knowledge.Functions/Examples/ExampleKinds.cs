namespace Knowledge.Examples;

/// <summary>The kinds of example (anchor establishment, collaboration, training…), as data (Examples/Seed/kinds.json).</summary>
public sealed class ExampleKinds
{
    public ExampleKinds()
    {
        var assembly = typeof(ExampleKinds).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Examples.Seed.kinds.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        All = JsonSerializer.Deserialize<IReadOnlyList<ExampleKind>>(stream, ExampleJson.Options)
            ?? throw new InvalidOperationException("The embedded list of example kinds is empty.");
    }

    public IReadOnlyList<ExampleKind> All { get; }

    public IReadOnlyList<string> Ids => [.. All.Select(k => k.Id)];

    public bool Contains(string id) => All.Any(k => k.Id == id);
}

public sealed record ExampleKind(string Id, string Sv, string En);
