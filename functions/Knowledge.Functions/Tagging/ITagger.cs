namespace Knowledge.Tagging;

/// <summary>Suggests codebook tags for a text, with evidence. The text given is always already masked.</summary>
public interface ITagger
{
    /// <summary>"name/version", stored beside every result.</summary>
    string Name { get; }

    Task<TaggingResult> TagAsync(string maskedText, CancellationToken cancellationToken);
}
