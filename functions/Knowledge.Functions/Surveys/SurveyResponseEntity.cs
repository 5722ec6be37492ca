using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Disclosure;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// An answer's current revision, <c>response-{id}</c> in its municipality's partition; the only row that keeps the
/// office's reference.
/// </summary>
internal sealed class SurveyResponseEntity : SurveyResponseRow
{
    public const string RowPrefix = "response-";

    public string? Reference { get; set; }

    [IgnoreDataMember]
    public Guid ResponseId => Guid.Parse(RowKey.AsSpan(RowPrefix.Length));

    public static string RowKeyOf(Guid responseId) => RowPrefix + responseId.ToString("D");

    public static SurveyResponseEntity Of(SurveyResponse response)
    {
        var entity = new SurveyResponseEntity { Reference = response.Reference };
        entity.Fill(response, RowKeyOf(response.ResponseId));
        return entity;
    }

    public SurveyResponse ToResponse() =>
        new(
            ResponseId,
            SurveyId!,
            SurveyVersion,
            PartitionKey,
            County!,
            SubmittedAt,
            SubmittedBy ?? "",
            SizeClass,
            Sector,
            (Challenges ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            JsonNode.Parse(Data)!.AsObject(),
            JsonSerializer.Deserialize<Dictionary<string, TaggingResult>>(TextTags ?? "{}", Json)!,
            BodyHash ?? "",
            RecordKey ?? RecordKeys.Of(ResponseId),
            Revision ?? 1,
            RevisedAt,
            WithdrawnAt,
            ETag.ToString(),
            SubmittedBodyHash,
            Reference);
}
