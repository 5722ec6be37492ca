namespace Knowledge.Surveys;

/// <summary>
/// The Swedish form of a SurveyJS localizable string: a plain string, or a per-locale object where Swedish is the
/// survey's default locale (<c>{"default": …, "en": …}</c>), with <c>"sv"</c> taking precedence when a definition has it.
/// </summary>
internal static class SwedishText
{
    public static string? Of(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonObject locales => Of(locales["sv"]) ?? Of(locales["default"]),
        _ => null,
    };
}
