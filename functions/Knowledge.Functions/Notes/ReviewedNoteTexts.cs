using System.Runtime.CompilerServices;
using Knowledge.Reference;
using Knowledge.Tagging.Models;

namespace Knowledge.Notes;

/// <summary>Every reviewed note's masked text and confirmed tags, municipality by municipality, for a retrain.</summary>
internal sealed class ReviewedNoteTexts(INoteStore notes, ReferenceData reference) : IReviewedTexts
{
    public async IAsyncEnumerable<ReviewedText> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var municipality in reference.Municipalities.Select(m => m.Code).Order(StringComparer.Ordinal))
        {
            foreach (var note in await notes.ListAsync(municipality, cancellationToken))
            {
                if (note.Review is { } review)
                {
                    yield return new ReviewedText(note.NoteId.ToString("D"), note.Text, review.Tags);
                }
            }
        }
    }
}
