namespace Knowledge.Tagging;

/// <summary>A character span [Start, End) of the tagged text, and the sentence it lies in.</summary>
public sealed record TagEvidence(int Start, int End, string Sentence);

public sealed record SuggestedTag(string Tag, double Confidence, IReadOnlyList<TagEvidence> Evidence);

/// <summary>The tags that apply to a text and which tagger ("name/version") found them.</summary>
public sealed record TaggingResult(string Tagger, IReadOnlyList<SuggestedTag> Tags);
