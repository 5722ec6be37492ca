namespace Knowledge.Surveys;

/// <summary>
/// How one question's answer reads in a spreadsheet cell: choices as their Swedish texts (several joined with ", "),
/// matrix rows as "row: column", booleans as their Swedish labels, numbers as numbers (decimal comma), text as typed.
/// </summary>
internal sealed class AnswerText
{
    // The special items a question shows by a flag, with SurveyJS's own Swedish text when the definition gives none.
    private static readonly (string[] Flags, string Value, string Property, string Text)[] SpecialItems =
    [
        (["showNoneItem", "hasNone"], "none", "noneText", "Ingen"),
        (["showOtherItem", "hasOther"], "other", "otherText", "Annat"),
        (["showRefuseItem"], "refused", "refuseText", "Vill inte svara"),
        (["showDontKnowItem"], "dontknow", "dontKnowText", "Vet inte"),
    ];

    private readonly Dictionary<string, string> _choices;
    private readonly Dictionary<string, string> _rows;
    private readonly Dictionary<string, string> _columns;
    private readonly (string Value, string Text)? _true;
    private readonly (string Value, string Text)? _false;

    public AnswerText(JsonObject element, string type)
    {
        _choices = ItemTexts(element["choices"]);
        foreach (var (value, text) in ItemTexts(element["rateValues"]))
        {
            _choices.TryAdd(value, text);
        }

        foreach (var (flags, value, property, text) in SpecialItems.Where(s => s.Flags.Any(flag => SurveyJsonValues.IsTrue(element[flag]))))
        {
            _choices.TryAdd(value, SwedishText.Of(element[property]) ?? text);
        }

        _rows = ItemTexts(element["rows"]);
        _columns = ItemTexts(element["columns"]);
        if (type == SurveyQuestionTypes.Boolean)
        {
            _true = (Scalar(element["valueTrue"]) ?? "true", SwedishText.Of(element["labelTrue"]) ?? "Ja");
            _false = (Scalar(element["valueFalse"]) ?? "false", SwedishText.Of(element["labelFalse"]) ?? "Nej");
        }
    }

    /// <summary>The escaped CSV cell for the answer; empty when there is none.</summary>
    public string Cell(JsonNode? answer) => answer switch
    {
        null => "",
        JsonArray items => ExcelCsv.Text(string.Join(", ", items.Select(item => Text(item, _choices)))),
        JsonObject cells when _rows.Count > 0 || _columns.Count > 0 =>
            ExcelCsv.Text(string.Join(", ", cells.Select(cell => $"{Lookup(cell.Key, _rows)}: {Text(cell.Value, _columns)}"))),
        JsonObject other => ExcelCsv.Text(other.ToJsonString()),
        JsonValue value => ValueCell(value),
        _ => "",
    };

    private string ValueCell(JsonValue value)
    {
        var text = Scalar(value) ?? "";
        if (_true is { } yes && text == yes.Value)
        {
            return ExcelCsv.Text(yes.Text);
        }

        if (_false is { } no && text == no.Value)
        {
            return ExcelCsv.Text(no.Text);
        }

        if (_choices.TryGetValue(text, out var choice))
        {
            return ExcelCsv.Text(choice);
        }

        // A number stays a number for Excel (and is never taken for a formula, so it needs no guard).
        return value.GetValueKind() == JsonValueKind.Number && SurveyJsonValues.TryGetNumber(value, out var number)
            ? ExcelCsv.Number(number)
            : ExcelCsv.Text(text);
    }

    private static string Text(JsonNode? item, Dictionary<string, string> texts) =>
        Scalar(item) is { } value ? Lookup(value, texts) : item?.ToJsonString() ?? "";

    private static string Lookup(string value, Dictionary<string, string> texts) => texts.GetValueOrDefault(value, value);

    private static string? Scalar(JsonNode? node) => SurveyJsonValues.TryGetScalarText(node, out var text) ? text : null;

    /// <summary>SurveyJS ItemValues (primitives or objects with value and text) as value → Swedish text.</summary>
    private static Dictionary<string, string> ItemTexts(JsonNode? items)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items as JsonArray ?? [])
        {
            var value = Scalar(item is JsonObject withText ? withText["value"] : item);
            if (value is not null)
            {
                texts.TryAdd(value, (item is JsonObject o ? SwedishText.Of(o["text"]) : null) ?? value);
            }
        }

        return texts;
    }
}
