namespace Knowledge.Surveys;

/// <summary>
/// The question columns of an answers export: one per question of the survey's versions (and one for the text of an
/// "other" or comment box), in version order and, within a version, in definition order; a question keeps the place
/// of its first version and the Swedish title of its newest. An answer fills only its own version's questions, so a
/// question its version does not ask stays empty.
/// </summary>
internal sealed class AnswerColumns
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, string> _headers = new(StringComparer.Ordinal);

    // Per version: the data key of each of its columns and how it reads (null: the free text of a comment box).
    private readonly Dictionary<int, Dictionary<string, AnswerText?>> _versions = [];

    public AnswerColumns(IEnumerable<SurveyDefinition> versions)
    {
        foreach (var definition in versions.OrderBy(v => v.Version))
        {
            var elements = SurveyElements.Questions(definition.Definition);
            var own = new Dictionary<string, AnswerText?>(StringComparer.Ordinal);
            foreach (var question in definition.Questions)
            {
                var element = elements.TryGetValue(question.Name, out var found) ? found.Element : new JsonObject();
                var title = SwedishText.Of(element["title"]) ?? question.Name;
                Add(own, question.Name, title, new AnswerText(element, question.Type));
                if (question.AllowsComment)
                {
                    Add(own, question.CommentKey, $"{title} – kommentar", null);
                }
            }

            _versions[definition.Version] = own;
        }
    }

    /// <summary>The escaped header cells, Swedish titles.</summary>
    public IEnumerable<string> Headers => _keys.Select(key => ExcelCsv.Text(_headers[key]));

    /// <summary>The escaped cells of one answer, in header order.</summary>
    public IEnumerable<string> Cells(SurveyResponse response)
    {
        var own = _versions.GetValueOrDefault(response.SurveyVersion);
        return _keys.Select(key => own is null || !own.TryGetValue(key, out var text)
            ? ""
            : text is null ? Comment(response.Data[key]) : text.Cell(response.Data[key]));
    }

    private void Add(Dictionary<string, AnswerText?> own, string key, string header, AnswerText? text)
    {
        if (!_headers.ContainsKey(key))
        {
            _keys.Add(key);
        }

        _headers[key] = header;
        own[key] = text;
    }

    private static string Comment(JsonNode? value) =>
        value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? ExcelCsv.Text(text.GetValue<string>()) : "";
}
