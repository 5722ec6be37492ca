using System.Globalization;

namespace Knowledge.Surveys;

/// <summary>
/// A superseded revision, <c>revision-{id}-{n:D4}</c> beside the answer: the answer as it was, unchanged, naming its
/// answer and when a correction superseded it; never the office's reference.
/// </summary>
internal sealed class SurveyRevisionEntity : SurveyResponseRow
{
    public const string RowPrefix = "revision-";

    /// <summary>The answer's id ("D"), so the revisions of a partition group by answer without parsing keys.</summary>
    public string? ResponseId { get; set; }

    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>The first row key of the answer's revisions; they sort by number after it.</summary>
    public static string RowKeyPrefixOf(Guid responseId) => $"{RowPrefix}{responseId:D}-";

    public static SurveyRevisionEntity Of(SurveyResponse superseded, DateTimeOffset? supersededAt)
    {
        var entity = new SurveyRevisionEntity { ResponseId = superseded.ResponseId.ToString("D"), SupersededAt = supersededAt?.ToUniversalTime() };
        entity.Fill(superseded, string.Create(CultureInfo.InvariantCulture, $"{RowKeyPrefixOf(superseded.ResponseId)}{superseded.Revision:D4}"));
        return entity;
    }
}
