using Knowledge.Notes;
using Knowledge.Tagging;

namespace Knowledge.Exports;

/// <summary>One span [Start, End) of a note's stored text (UTF-16 indices) coded with one code.</summary>
internal sealed record PlannedCoding(Guid Code, string Tag, int Start, int End, QdaUser By, DateTimeOffset At);

/// <summary>
/// Which codings a note gets in a project export.
/// Decision: a reviewed note carries its reviewed tags only (reviewed tags win, as everywhere in the service),
/// by the reviewer at the review time. A note nobody reviewed carries the tagger's suggestions on the separate
/// suggestion codes (<see cref="QdaCodes.SuggestedGroup"/>), by the tagger at intake time. So the real codes only
/// ever hold human-confirmed coding and an analyst's counts are not inflated by guesses, yet the guesses stay
/// visible (and can be merged in the QDA tool) for notes still waiting for review.
/// </summary>
internal static class NoteCodings
{
    public static IReadOnlyList<PlannedCoding> For(Note note)
    {
        if (note.Review is { } review)
        {
            var reviewer = QdaUser.Reviewer(review.ReviewedBy);
            return [.. review.Tags.SelectMany(tag => Spans(note, EvidenceFor(note, tag))
                .Select(s => new PlannedCoding(QdaIds.Code(tag), tag, s.Start, s.End, reviewer, review.ReviewedAt)))];
        }

        var tagger = QdaUser.Tagger(note.Suggested.Tagger);
        return [.. note.Suggested.Tags.SelectMany(t => Spans(note, t.Evidence)
            .Select(s => new PlannedCoding(QdaIds.SuggestedCode(t.Tag), t.Tag, s.Start, s.End, tagger, note.CreatedAt)))];
    }

    private static IEnumerable<TagEvidence> EvidenceFor(Note note, string tag) =>
        note.Suggested.Tags.Where(t => t.Tag == tag).SelectMany(t => t.Evidence);

    // Each distinct non-empty evidence span; a tag without evidence (one staff added) codes the whole text.
    private static IReadOnlyList<(int Start, int End)> Spans(Note note, IEnumerable<TagEvidence> evidence)
    {
        var spans = evidence
            .Select(e => (Start: Math.Clamp(e.Start, 0, note.Text.Length), End: Math.Clamp(e.End, 0, note.Text.Length)))
            .Where(s => s.End > s.Start)
            .Distinct()
            .Order()
            .ToList();
        return spans.Count > 0 ? spans : [(0, note.Text.Length)];
    }
}
