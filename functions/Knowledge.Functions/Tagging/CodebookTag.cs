namespace Knowledge.Tagging;

/// <summary>A challenge in the codebook, labelled and described in Swedish and English.</summary>
public sealed record CodebookTag(string Tag, LocalizedText Label, LocalizedText Description);

public sealed record LocalizedText(string Sv, string En);
