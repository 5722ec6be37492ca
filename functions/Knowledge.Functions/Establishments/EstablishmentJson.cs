namespace Knowledge.Establishments;

/// <summary>How establishments are stored as JSON: camelCase, enums as snake_case words (in_construction).</summary>
internal static class EstablishmentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
