namespace Knowledge.Shared.Vocabulary;

/// <summary>A text in Swedish (required) and English (optional).</summary>
public sealed record BilingualText(string Sv, string? En)
{
    public string In(string language) => language == "en" && !string.IsNullOrWhiteSpace(En) ? En : Sv;
}
