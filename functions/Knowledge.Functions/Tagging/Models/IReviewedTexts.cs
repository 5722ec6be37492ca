namespace Knowledge.Tagging.Models;

/// <summary>Texts staff reviewed, with the tags they confirmed: the deployment's own language, for a retrain.</summary>
public interface IReviewedTexts
{
    IAsyncEnumerable<ReviewedText> ReadAllAsync(CancellationToken cancellationToken);
}

/// <summary>A reviewed text (always masked) and the tags staff confirmed for it, possibly none.</summary>
public sealed record ReviewedText(string Id, string MaskedText, IReadOnlyList<string> Tags);
