using System.Runtime.Serialization;
using System.Text.Json;
using Knowledge.Shared;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// The columns an answer's rows have, current (<see cref="SurveyResponseEntity"/>) or superseded
/// (<see cref="SurveyRevisionEntity"/>): the facts aggregation needs, the masked SurveyJS result in <c>DataChunks</c>
/// and <c>Data0</c> to <c>Data16</c> (re-serialized JSON may outgrow its body, so only the row limit bounds it:
/// <see cref="LargeText.MaxChunks"/>), and the tagger's results as JSON.
/// </summary>
internal abstract class SurveyResponseRow : TableRow
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string? SurveyId { get; set; }

    public int SurveyVersion { get; set; }

    public string? County { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public string? SizeClass { get; set; }

    public string? Sector { get; set; }

    /// <summary>The selected challenge tags, space-separated.</summary>
    public string? Challenges { get; set; }

    public string? BodyHash { get; set; }

    /// <summary>Null on answers stored before record keys.</summary>
    public long? RecordKey { get; set; }

    /// <summary>The tagger's result per free-text question, as JSON.</summary>
    public string? TextTags { get; set; }

    /// <summary>Null on answers stored before corrections (revision 1).</summary>
    public int? Revision { get; set; }

    /// <summary>The first submission's fingerprint, once a correction has changed <see cref="BodyHash"/>.</summary>
    public string? SubmittedBodyHash { get; set; }

    public DateTimeOffset? RevisedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public int DataChunks { get; set; }

    public string? Data0 { get; set; }

    public string? Data1 { get; set; }

    public string? Data2 { get; set; }

    public string? Data3 { get; set; }

    public string? Data4 { get; set; }

    public string? Data5 { get; set; }

    public string? Data6 { get; set; }

    public string? Data7 { get; set; }

    public string? Data8 { get; set; }

    public string? Data9 { get; set; }

    public string? Data10 { get; set; }

    public string? Data11 { get; set; }

    public string? Data12 { get; set; }

    public string? Data13 { get; set; }

    public string? Data14 { get; set; }

    public string? Data15 { get; set; }

    public string? Data16 { get; set; }

    [IgnoreDataMember]
    public string Data
    {
        get => LargeText.Join(this, nameof(Data));
        set => LargeText.Split(this, nameof(Data), value);
    }

    /// <summary>Sets the keys and every column both kinds share from the answer.</summary>
    protected void Fill(SurveyResponse response, string rowKey)
    {
        PartitionKey = response.Municipality;
        RowKey = rowKey;
        SurveyId = response.SurveyId;
        SurveyVersion = response.SurveyVersion;
        County = response.County;
        SubmittedAt = response.SubmittedAt.ToUniversalTime();
        SubmittedBy = response.SubmittedBy;
        SizeClass = response.SizeClass;
        Sector = response.Sector;
        Challenges = string.Join(' ', response.Challenges);
        BodyHash = response.BodyHash;
        RecordKey = response.RecordKey;
        TextTags = JsonSerializer.Serialize(response.TextTags, Json);
        Revision = response.Revision;
        SubmittedBodyHash = response.Revision > 1 ? response.FirstBodyHash : null;
        RevisedAt = response.RevisedAt?.ToUniversalTime();
        WithdrawnAt = response.WithdrawnAt?.ToUniversalTime();
        Data = response.Data.ToJsonString();
    }
}
