namespace Knowledge.Tagging;

/// <summary>How tagging results are kept in table rows: JSON with web (camelCase) names.</summary>
internal static class TaggingJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(TaggingResult result) => JsonSerializer.Serialize(result, Options);

    public static TaggingResult? Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<TaggingResult>(json, Options);
}
