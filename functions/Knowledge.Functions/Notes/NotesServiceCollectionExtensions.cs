using Knowledge.Needs;
using Knowledge.Tagging.Models;

namespace Knowledge.Notes;

internal static class NotesServiceCollectionExtensions
{
    public static IServiceCollection AddNotes(this IServiceCollection services) =>
        services
            .AddSingleton<INoteStore, TableNoteStore>()
            .AddSingleton<NoteIntake>()
            .AddSingleton<NoteReviewer>()
            .AddSingleton<IReviewedTexts, ReviewedNoteTexts>()
            .AddSingleton<INeedsSource, NoteNeedsSource>();
}
