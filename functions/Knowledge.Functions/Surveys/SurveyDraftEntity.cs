using System.Runtime.Serialization;
using System.Text.Json.Nodes;

namespace Knowledge.Surveys;

/// <summary>The draft of a survey's next version, <c>draft-000003</c> in its partition (one at a time).</summary>
internal sealed class SurveyDraftEntity : SurveyDefinitionRow
{
    public const string RowPrefix = "draft-";

    public int BasedOn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    [IgnoreDataMember]
    public int Version => VersionAfter(RowPrefix);

    public static string RowKeyOf(int version) => KeyOf(RowPrefix, version);

    public static SurveyDraftEntity Of(SurveyDraft draft) =>
        new()
        {
            PartitionKey = draft.Id,
            RowKey = RowKeyOf(draft.Version),
            BasedOn = draft.BasedOn,
            UpdatedAt = draft.UpdatedAt.ToUniversalTime(),
            UpdatedBy = draft.UpdatedBy,
            Definition = draft.Definition.ToJsonString(),
        };

    public SurveyDraft ToDraft() =>
        new(PartitionKey, Version, BasedOn, UpdatedAt, UpdatedBy ?? "", JsonNode.Parse(Definition)!.AsObject(), ETag.ToString());
}
