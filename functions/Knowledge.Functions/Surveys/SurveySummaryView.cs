using System.ComponentModel;

namespace Knowledge.Surveys;

/// <summary>A published survey version as the list shows it.</summary>
internal sealed record SurveySummaryView(
    string Id,
    int Version,
    [property: Description("The survey's title: a string or SurveyJS localized texts ({\"default\": …, \"en\": …}).")] JsonNode? Title,
    DateTimeOffset PublishedAt)
{
    public static SurveySummaryView From(SurveyDefinition d) => new(d.Id, d.Version, d.Title, d.PublishedAt);
}

/// <summary>A published survey version with its SurveyJS JSON.</summary>
internal sealed record SurveyDefinitionView(
    string Id,
    int Version,
    [property: Description("The survey's title: a string or SurveyJS localized texts ({\"default\": …, \"en\": …}).")] JsonNode? Title,
    DateTimeOffset PublishedAt,
    [property: Description("SurveyJS JSON.")] JsonObject Definition)
{
    public static SurveyDefinitionView From(SurveyDefinition d) => new(d.Id, d.Version, d.Title, d.PublishedAt, d.Definition);
}
