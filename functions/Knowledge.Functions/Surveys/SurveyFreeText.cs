using System.Text.Json.Nodes;
using Knowledge.Shared.Privacy;

namespace Knowledge.Surveys;

/// <summary>The free-text answers of a response: masked in place before the answer is stored, and listed for tagging.</summary>
internal static class SurveyFreeText
{
    /// <summary>Masks every free-text value in <paramref name="data"/> and returns the masked texts by answer key.</summary>
    public static IReadOnlyDictionary<string, string> MaskInPlace(IReadOnlyList<SurveyQuestion> questions, JsonObject data)
    {
        var keys = questions
            .Where(q => q.Type is SurveyQuestionTypes.Text or SurveyQuestionTypes.Comment)
            .Select(q => q.Name)
            .Concat(questions.Where(q => q.AllowsComment).Select(q => q.CommentKey));

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (data[key] is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text))
            {
                var masked = PersonalDataMasker.Mask(text).Text;
                data[key] = masked;
                texts[key] = masked;
            }
        }

        return texts;
    }
}
