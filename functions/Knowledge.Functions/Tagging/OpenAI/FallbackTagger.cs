using System.ClientModel;

namespace Knowledge.Tagging;

/// <summary>
/// Asks the primary tagger and, when it fails in any way, the fallback; the result's Tagger names the one that answered.
/// Only the caller's own cancellation is not a failure.
/// </summary>
public sealed partial class FallbackTagger : ITagger
{
    private readonly ITagger _primary;
    private readonly ITagger _fallback;
    private readonly ILogger<FallbackTagger> _logger;

    public FallbackTagger(ITagger primary, ITagger fallback, ILogger<FallbackTagger> logger)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(logger);
        _primary = primary;
        _fallback = fallback;
        _logger = logger;
    }

    public string Name => _primary.Name;

    public async Task<TaggingResult> TagAsync(string maskedText, CancellationToken cancellationToken)
    {
        try
        {
            return await _primary.TagAsync(maskedText, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogPrimaryFailed(_logger, _primary.Name, _fallback.Name, Describe(ex));
            return await _fallback.TagAsync(maskedText, cancellationToken).ConfigureAwait(false);
        }
    }

    // Only our own messages and status codes: a service or parser message could echo the text or the model's quotes.
    private static string Describe(Exception ex) => ex switch
    {
        OpenAITaggingException => ex.Message,
        ClientResultException result => $"HTTP {result.Status}",
        TimeoutException or OperationCanceledException => "timeout",
        _ => ex.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tagger {Primary} failed ({Reason}); {Fallback} answered instead")]
    private static partial void LogPrimaryFailed(ILogger logger, string primary, string fallback, string reason);
}
