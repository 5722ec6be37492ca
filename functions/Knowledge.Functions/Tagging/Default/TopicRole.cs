namespace Knowledge.Tagging;

/// <summary>What a topic term says on its own, which decides what a negation does to it.</summary>
internal enum TopicRole
{
    /// <summary>Names the area ("rekrytering"); needs a difficulty cue; negated it is no challenge.</summary>
    Subject,

    /// <summary>Something a company needs ("personal", "bostäder"); needs a cue; negated ("inga bostäder") it is a shortage.</summary>
    Resource,

    /// <summary>States the challenge itself ("kompetensbrist", "lånar inte ut"); negated it is no challenge.</summary>
    Problem,
}
