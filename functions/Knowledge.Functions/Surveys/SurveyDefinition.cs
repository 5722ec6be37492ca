namespace Knowledge.Surveys;

/// <summary>One published, immutable version of a survey; <c>Definition</c> is SurveyJS JSON kept as nodes.</summary>
public sealed record SurveyDefinition(string Id, int Version, DateTimeOffset PublishedAt, JsonObject Definition)
{
    private IReadOnlyList<SurveyQuestion>? _questions;

    public JsonNode? Title => Definition["title"];

    internal IReadOnlyList<SurveyQuestion> Questions => _questions ??= SurveyQuestionReader.Read(Definition);
}
