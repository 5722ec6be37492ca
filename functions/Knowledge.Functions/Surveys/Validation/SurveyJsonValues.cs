namespace Knowledge.Surveys;

/// <summary>Lenient readers for SurveyJS JSON, where booleans and numbers are sometimes written as strings.</summary>
internal static class SurveyJsonValues
{
    /// <summary>
    /// The string form used to compare choice values: strings as-is, numbers normalised
    /// (so <c>1</c>, <c>1.0</c> and <c>"1"</c> all match), booleans as <c>true</c>/<c>false</c>.
    /// </summary>
    public static bool TryGetScalarText(JsonNode? node, out string text)
    {
        text = "";
        if (node is not JsonValue value)
        {
            return false;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                text = value.GetValue<string>();
                return true;
            case JsonValueKind.Number:
                text = NormaliseNumber(value.ToJsonString());
                return true;
            case JsonValueKind.True:
                text = "true";
                return true;
            case JsonValueKind.False:
                text = "false";
                return true;
            default:
                return false;
        }
    }

    public static bool TryGetNumber(JsonNode? node, out decimal number)
    {
        number = 0;
        return node is JsonValue value
            && value.GetValueKind() is JsonValueKind.Number or JsonValueKind.String
            && TryGetScalarText(value, out var text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public static bool IsTrue(JsonNode? node) =>
        node is JsonValue value
        && (value.GetValueKind() == JsonValueKind.True
            || (value.GetValueKind() == JsonValueKind.String
                && string.Equals(value.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase)));

    public static bool IsFalse(JsonNode? node) =>
        node is JsonValue value
        && (value.GetValueKind() == JsonValueKind.False
            || (value.GetValueKind() == JsonValueKind.String
                && string.Equals(value.GetValue<string>(), "false", StringComparison.OrdinalIgnoreCase)));

    public static string? GetString(JsonObject element, string property) =>
        element[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    public static bool HasText(JsonObject element, string property) =>
        !string.IsNullOrWhiteSpace(GetString(element, property));

    public static string FormatNumber(decimal number) => NormaliseNumber(number);

    private static string NormaliseNumber(string raw) =>
        decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? NormaliseNumber(number)
            : raw;

    // Dividing by 1.000… drops the trailing zeros decimal keeps from the source text.
    private static string NormaliseNumber(decimal number) =>
        (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
