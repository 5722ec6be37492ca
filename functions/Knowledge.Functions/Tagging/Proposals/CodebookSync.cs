namespace Knowledge.Tagging.Proposals;

/// <summary>Moves this instance's codebook to the latest version accepted in storage (at start, then every 30 s).</summary>
internal sealed partial class CodebookSync(ICodebookStore store, Codebook codebook, ILogger<CodebookSync> logger) : PeriodicStorageSync(logger)
{
    public override async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await store.CurrentAsync(cancellationToken) is { } current && codebook.Apply(current.Version, current.Tags))
        {
            LogMoved(logger, current.Version);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Codebook moved to version {Version}")]
    private static partial void LogMoved(ILogger logger, int version);
}
