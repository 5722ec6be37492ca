namespace Knowledge.Shared.Vocabulary;

/// <summary>A source as a body gives it, for examples and establishments alike: {"title": "…", "url": "https://…"}, url optional.</summary>
internal sealed record SourceInput(
    [property: MaxLength(300)] string Title,
    [property: MaxLength(2_000)][property: RegularExpression("https?://\\S+", ErrorMessage = SourceInput.NotAnAddress)] string? Url)
{
    public const string NotAnAddress = "Must be an absolute http(s) address, e.g. https://www.example.se/rapport.pdf.";

    /// <summary>The sources of a list named <paramref name="field"/>; each bad address is named ("sources[1].url").</summary>
    public static List<Source> ReadAll(IReadOnlyList<SourceInput>? sources, string field, IDictionary<string, string[]> errors) =>
        [.. (sources ?? []).Select((s, i) => s.Read($"{field}[{i}]", errors)).OfType<Source>()];

    /// <summary>
    /// The source, or null with an error under "<paramref name="field"/>.url" when its address, of the pattern's form,
    /// still is no address (http://[x).
    /// </summary>
    public Source? Read(string field, IDictionary<string, string[]> errors)
    {
        if (Url is null)
        {
            return new Source(Title, null);
        }

        if (Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            return new Source(Title, uri);
        }

        errors.TryAdd($"{field}.url", [NotAnAddress]);
        return null;
    }
}
