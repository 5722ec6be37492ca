namespace Knowledge.Examples;

/// <summary>
/// The catalogue's version row (<c>version</c>) and its change rows (<c>change-{version, 19 digits}</c>, naming the
/// slug written), both in partition <c>catalogue</c>; the version row has no slug.
/// </summary>
internal sealed class CatalogueVersionEntity : TableRow
{
    public long Version { get; set; }

    public string? Slug { get; set; }

    public CatalogueChange ToChange() => new(Version, Slug ?? "");
}
