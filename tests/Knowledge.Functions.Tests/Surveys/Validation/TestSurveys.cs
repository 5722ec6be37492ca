using System.Text.Json.Nodes;
using Knowledge.Surveys;

namespace Knowledge.Tests.Surveys;

/// <summary>Builds small single-page definitions from an inline elements array.</summary>
internal static class TestSurveys
{
    public static JsonObject Parse(string json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException("Not a JSON object.", nameof(json));

    public static IReadOnlyList<SurveyQuestion> Read(string elementsJson) =>
        SurveyQuestionReader.Read(Parse($$"""{ "elements": {{elementsJson}} }"""));

    public static SurveyQuestion ReadSingle(string elementJson) =>
        Assert.Single(Read($"[{elementJson}]"));

    public static IReadOnlyDictionary<string, string[]> Validate(string elementsJson, string dataJson) =>
        SurveyResponseValidator.Validate(Read(elementsJson), Parse(dataJson));

    public static void AssertOnlyError(IReadOnlyDictionary<string, string[]> errors, string key, string message)
    {
        var error = Assert.Single(errors);
        Assert.Equal(key, error.Key);
        Assert.Equal([message], error.Value);
    }

    /// <summary>Questions of every kind that holds free text: nested ones, and choices the definition does not list.</summary>
    public static JsonArray MaskableQuestions() => JsonNode.Parse("""
        [
          { "type": "text", "name": "contactPerson" },
          { "type": "multipletext", "name": "contact", "items": [ { "name": "person" }, { "name": "phone", "inputType": "tel" }, { "name": "email", "inputType": "email" } ] },
          { "type": "matrixdynamic", "name": "hires", "columns": [ { "name": "role", "cellType": "text" }, { "name": "level", "choices": ["junior", "senior"] } ] },
          { "type": "matrixdropdown", "name": "plans", "rows": ["2026", "2027"], "columns": [ { "name": "note", "cellType": "comment" } ] },
          { "type": "paneldynamic", "name": "sites", "templateElements": [ { "type": "text", "name": "town" }, { "type": "radiogroup", "name": "owner", "choices": ["own"], "showOtherItem": true } ] },
          { "type": "dropdown", "name": "supplier", "choicesByUrl": { "url": "https://example.se/suppliers" } },
          { "type": "tagbox", "name": "partners", "choices": ["lkab"], "allowCustomChoices": true },
          { "type": "html", "name": "info", "html": "<p>Tack!</p>" },
          { "type": "expression", "name": "total", "expression": "1 + 1" }
        ]
        """)!.AsArray();
}
