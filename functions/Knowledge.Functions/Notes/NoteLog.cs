namespace Knowledge.Notes;

/// <summary>What became of each note write, by id and user; never the note's text.</summary>
internal static partial class NoteLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Note {NoteId}: {Action} by {UserId} → {Outcome} ({TagCount} tags)")]
    public static partial void NoteWritten(ILogger logger, string action, Guid? noteId, string userId, WriteStatus outcome, int? tagCount);
}
