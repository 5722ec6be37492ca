namespace Knowledge.Shared;

/// <summary>Reads a comma-separated file shipped as an embedded resource (no quoted commas in our data).</summary>
internal static class EmbeddedCsv
{
    /// <summary>The rows after the header; <paramref name="resourceSuffix"/> is e.g. "Reference.counties.csv".</summary>
    public static IReadOnlyList<string[]> Read(string resourceSuffix)
    {
        var assembly = typeof(EmbeddedCsv).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(resourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split(','));
            }
        }

        return rows;
    }
}
