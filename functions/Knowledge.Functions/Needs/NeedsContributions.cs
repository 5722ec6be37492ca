using Knowledge.Notes;
using Knowledge.Surveys;

namespace Knowledge.Needs;

/// <summary>How answers and notes count: which cell, and which challenge tags.</summary>
internal static class NeedsContributions
{
    /// <summary>An answer counts the challenges it selected and those its free text was tagged with, each once.</summary>
    public static NeedsContribution Of(SurveyResponse response) =>
        NeedsContribution.Of(
            NeedsCell.For(NeedsCell.MonthOf(response.SubmittedAt), NeedsCell.Survey, response.SizeClass, response.Sector),
            response.RecordKey,
            response.Challenges.Concat(response.TextTags.Values.SelectMany(r => r.Tags.Select(t => t.Tag))),
            response.Establishments);

    /// <summary>A note counts in the month of its interview, with its reviewed tags when reviewed.</summary>
    public static NeedsContribution Of(Note note) => Of(note, note.Tags);

    public static NeedsContribution Of(Note note, IEnumerable<string> tags) =>
        NeedsContribution.Of(
            NeedsCell.For(NeedsCell.MonthOf(note.InterviewDate), NeedsCell.Notes, note.Company?.SizeClass, note.Company?.Sector),
            note.RecordKey,
            tags,
            note.Establishments);
}
