using System.ComponentModel;

namespace Knowledge.Surveys;

/// <summary>A municipality's answers to a survey as JSON (written item by item, see <see cref="ResponseExport"/>).</summary>
internal sealed record ResponseExportView(string SurveyId, string Municipality, IReadOnlyList<ExportedAnswerView> Items);

/// <summary>The current revision of one answer in an export.</summary>
internal sealed record ExportedAnswerView(
    Guid ResponseId,
    int SurveyVersion,
    [property: Description("1 as first submitted; one more per correction.")] int Revision,
    DateTimeOffset SubmittedAt,
    [property: Description("When last corrected; absent when never.")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? RevisedAt,
    [property: Description("The office's own reference (masked); only when the office reads its own answers, never in the CSV or to an admin.")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reference,
    [property: Description("The SurveyJS answer, keyed by question name; free text masked.")] JsonObject Data);
