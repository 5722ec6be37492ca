using System.Runtime.Serialization;
using System.Text.Json.Nodes;

namespace Knowledge.Surveys;

/// <summary>A published version, <c>v000001</c> in the survey's partition; never changed once written.</summary>
internal sealed class PublishedSurveyEntity : SurveyDefinitionRow
{
    public const string RowPrefix = "v";

    /// <summary>Row keys from "v" up to (not including) "w" are the published versions.</summary>
    public const string RowEnd = "w";

    public DateTimeOffset PublishedAt { get; set; }

    [IgnoreDataMember]
    public int Version => VersionAfter(RowPrefix);

    public static string RowKeyOf(int version) => KeyOf(RowPrefix, version);

    public static PublishedSurveyEntity Of(SurveyDefinition definition) =>
        new()
        {
            PartitionKey = definition.Id,
            RowKey = RowKeyOf(definition.Version),
            PublishedAt = definition.PublishedAt.ToUniversalTime(),
            Definition = definition.Definition.ToJsonString(),
        };

    public SurveyDefinition ToDefinition() => new(PartitionKey, Version, PublishedAt, JsonNode.Parse(Definition)!.AsObject());
}
