namespace Knowledge.Tagging;

internal enum EntryKind
{
    /// <summary>A term or phrase of a tag.</summary>
    Topic,

    /// <summary>A word or phrase that makes nearby topics a difficulty, or explicitly no difficulty.</summary>
    Cue,

    /// <summary>A phrase in which a negation word negates nothing ("inte bara", "not only").</summary>
    NotNegation,

    /// <summary>A word or phrase that starts a new clause ("men", "but"), limiting cues and negations.</summary>
    ClauseBreak,
}
