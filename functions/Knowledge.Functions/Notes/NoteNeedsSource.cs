using System.Runtime.CompilerServices;
using Knowledge.Needs;

namespace Knowledge.Notes;

/// <summary>Notes as the needs rebuild counts them: every stored note; erased notes are gone.</summary>
internal sealed class NoteNeedsSource(INoteStore notes) : INeedsSource
{
    public async IAsyncEnumerable<NeedsContribution> ContributionsAsync(string municipality, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var note in await notes.ListAsync(municipality, cancellationToken))
        {
            yield return note.ToContribution();
        }
    }

    public Task IndexAsync(string municipality, CancellationToken cancellationToken) => notes.IndexAsync(municipality, cancellationToken);
}
