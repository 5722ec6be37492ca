namespace Knowledge.Tagging.Models;

/// <summary>Takes up the tag model promoted in storage (at start, then every 30 s), as the codebook is.</summary>
internal sealed class TagModelSync(TagModels models, ILogger<TagModelSync> logger) : PeriodicStorageSync(logger)
{
    public override Task SeedAsync(CancellationToken cancellationToken) => models.SyncAsync(cancellationToken);
}
