namespace Knowledge.Health;

/// <summary>What a ready app answers: storage reachable, the search index built (at which catalogue version) and the tagger in use.</summary>
internal sealed record HealthView(
    [property: AllowedValues("ready")] string Status,
    [property: AllowedValues("reachable")] string Storage,
    SearchIndexView SearchIndex,
    string Tagger);

/// <summary>Whether the example search index is built, and from which catalogue version.</summary>
internal sealed record SearchIndexView(bool Ready, long CatalogueVersion);
