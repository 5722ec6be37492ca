using Knowledge.Audit;

namespace Knowledge.Tagging.Models;

/// <summary>
/// The versions this deployment can tag with: the shipped model and every model a retrain stored. Promotes a version
/// (a retrain's candidate that passed its check, or a rollback) and takes up the version promoted in storage.
/// </summary>
internal sealed partial class TagModels(ITagModelStore store, PromotedTagModel inUse, DefaultTagger rules, TimeProvider clock, ILogger<TagModels> logger)
{
    private static TagModel Shipped => TagModel.Embedded.Value;

    public string InUse => inUse.Version;

    public static string ShippedVersion => Shipped.Version;

    /// <summary>Every version, newest first, the shipped one last unless a retrain stored it again.</summary>
    public async Task<IReadOnlyList<TagModelVersionView>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(cancellationToken);
        var views = stored.Select(v => TagModelVersionView.From(v, v.Version == Shipped.Version, v.Version == inUse.Version)).ToList();
        if (stored.All(v => v.Version != Shipped.Version))
        {
            views.Add(TagModelVersionView.From(ShippedRecord(), shipped: true, inUse: Shipped.Version == inUse.Version));
        }

        return views;
    }

    /// <summary>Makes <paramref name="version"/> the one every instance tags with: the shipped model or one that was promoted before.</summary>
    public async Task<WriteOutcome<TagModelVersionView>> PromoteAsync(Caller caller, string version, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(version, cancellationToken) ?? (version == Shipped.Version ? ShippedRecord() : null);
        if (record is null)
        {
            return WriteOutcome<TagModelVersionView>.Fail(WriteStatus.NotFound, $"There is no tag model {version}; see /api/tags/models.");
        }

        if (!record.Promoted)
        {
            return WriteOutcome<TagModelVersionView>.Fail(WriteStatus.Conflict, $"Model {version} did not pass its check when it was trained, so it cannot be put into use.");
        }

        await PromoteAsync(record, await LoadAsync(version, cancellationToken), caller.UserId, caller.IdentityProvider, cancellationToken);
        return new WriteOutcome<TagModelVersionView>(WriteStatus.Updated, TagModelVersionView.From(record, version == Shipped.Version, inUse: true));
    }

    /// <summary>Promotes a stored version whose file is already loaded; this instance uses it at once, the others within a sync.</summary>
    public async Task PromoteAsync(TagModelVersion record, TagModel model, string actorId, string actorProvider, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var audit = new AuditEntry(now, actorId, actorProvider, "tagging.model.promote", $"tags/models/{record.Version}", "tagging");
        await store.PromoteAsync(record, new PromotedVersion(record.Version, now, actorId), audit, cancellationToken);
        inUse.Use(model);
        LogPromoted(logger, record.Version, actorId);
    }

    /// <summary>Moves this instance to the version promoted in storage, if it is not on it already.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var promoted = (await store.PromotedAsync(cancellationToken))?.Version ?? Shipped.Version;
        if (promoted != inUse.Version)
        {
            inUse.Use(await LoadAsync(promoted, cancellationToken));
            LogTakenUp(logger, promoted);
        }
    }

    public async Task<TagModel> LoadAsync(string version, CancellationToken cancellationToken)
    {
        if (version == Shipped.Version)
        {
            return Shipped;
        }

        var file = await store.LoadAsync(version, cancellationToken) ?? throw new InvalidOperationException($"The file of tag model {version} is missing.");
        var model = new TagModel(file);
        CombinedTagger.CheckFits(model, rules.Vocabulary);
        return model;
    }

    private static TagModelVersion ShippedRecord() => new(Shipped.Version, DateTimeOffset.MinValue, "", 0, null, Promoted: true);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tag model {Version} promoted by {UserId}")]
    private static partial void LogPromoted(ILogger logger, string version, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tag model {Version} taken up from storage")]
    private static partial void LogTakenUp(ILogger logger, string version);
}
