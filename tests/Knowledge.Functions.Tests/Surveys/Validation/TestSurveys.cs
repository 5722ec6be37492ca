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
}
