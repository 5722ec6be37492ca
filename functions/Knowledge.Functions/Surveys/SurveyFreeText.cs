using Knowledge.Shared.Privacy;

namespace Knowledge.Surveys;

/// <summary>
/// The free text of a validated response, masked in place before the answer is stored: text and comment answers,
/// "other" and comment-box texts, choices the definition does not list, and the same inside multipletext items,
/// matrix cells and dynamic panels. The texts people wrote are listed for tagging.
/// </summary>
internal static class SurveyFreeText
{
    /// <summary>
    /// Masks every free-text value in <paramref name="data"/> and returns the masked texts to tag by answer key:
    /// "needs", "needs-Comment", and nested "contacts.phone", "staff[0].role" or "plans.2026.note".
    /// </summary>
    public static IReadOnlyDictionary<string, string> MaskInPlace(IReadOnlyList<SurveyQuestion> questions, JsonObject data)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        MaskObject(questions, data, "", texts);
        return texts;
    }

    private static void MaskObject(IReadOnlyList<SurveyQuestion> questions, JsonObject data, string prefix, Dictionary<string, string> texts)
    {
        foreach (var question in questions)
        {
            var key = prefix + question.Name;
            var value = data[question.Name];
            switch (question.Type, value)
            {
                case (SurveyQuestionTypes.Text or SurveyQuestionTypes.Comment, _) when Masked(value) is { } text:
                    data[question.Name] = texts[key] = text;
                    break;
                case (SurveyQuestionTypes.RadioGroup or SurveyQuestionTypes.Dropdown, _) when question.AcceptsAnyChoice && Masked(value) is { } choice:
                    data[question.Name] = choice;
                    break;
                case (SurveyQuestionTypes.Checkbox or SurveyQuestionTypes.TagBox, JsonArray choices) when question.AcceptsAnyChoice:
                    for (var i = 0; i < choices.Count; i++)
                    {
                        if (Masked(choices[i]) is { } choice)
                        {
                            choices[i] = choice;
                        }
                    }

                    break;
                case (SurveyQuestionTypes.MultipleText, JsonObject items):
                    MaskObject(question.Nested, items, $"{key}.", texts);
                    break;
                case (SurveyQuestionTypes.MatrixDropdown, JsonObject rows):
                    foreach (var (row, cells) in rows)
                    {
                        if (cells is JsonObject answers)
                        {
                            MaskObject(question.Nested, answers, $"{key}.{row}.", texts);
                        }
                    }

                    break;
                case (SurveyQuestionTypes.MatrixDynamic or SurveyQuestionTypes.PanelDynamic, JsonArray entries):
                    for (var i = 0; i < entries.Count; i++)
                    {
                        if (entries[i] is JsonObject entry)
                        {
                            MaskObject(question.Nested, entry, $"{key}[{i}].", texts);
                        }
                    }

                    break;
            }

            if (question.AllowsComment && Masked(data[question.CommentKey]) is { } comment)
            {
                data[question.CommentKey] = texts[prefix + question.CommentKey] = comment;
            }
        }
    }

    private static string? Masked(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text)
            ? PersonalDataMasker.Mask(text).Text
            : null;
}
