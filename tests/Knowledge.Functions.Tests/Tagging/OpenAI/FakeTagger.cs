using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

/// <summary>Stands in for the offline tagger: the fallback's behaviour is under test, not the tagging.</summary>
internal sealed class FakeTagger(string name) : ITagger
{
    public static readonly SuggestedTag Tag = new("competence", 0.5, [new TagEvidence(0, 2, "Vi saknar folk.")]);

    public string Name => name;

    public int Calls { get; private set; }

    public Task<TaggingResult> TagAsync(string maskedText, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(new TaggingResult(Name, [Tag]));
    }
}
