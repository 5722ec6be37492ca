namespace Knowledge.Shared.Vocabulary;

/// <summary>A source of the facts (of an example, an establishment, an event); not every source is online.</summary>
public sealed record Source(string Title, Uri? Url);
