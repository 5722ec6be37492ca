namespace Knowledge.Examples;

/// <summary>How examples are written as JSON: in storage, in the seed file and in the API (camelCase, enums as lower-case words).</summary>
internal static class ExampleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
