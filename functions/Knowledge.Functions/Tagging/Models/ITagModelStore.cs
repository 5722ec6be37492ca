using Knowledge.Audit;

namespace Knowledge.Tagging.Models;

/// <summary>Model files by version, their figures, and which version is promoted.</summary>
internal interface ITagModelStore
{
    /// <summary>Stores the file and its record; the record is written last, so a listed version is whole.</summary>
    Task SaveAsync(TagModelFile file, TagModelVersion version, CancellationToken cancellationToken);

    Task<TagModelFile?> LoadAsync(string version, CancellationToken cancellationToken);

    Task<TagModelVersion?> FindAsync(string version, CancellationToken cancellationToken);

    /// <summary>Every stored version, newest first.</summary>
    Task<IReadOnlyList<TagModelVersion>> ListAsync(CancellationToken cancellationToken);

    Task<PromotedVersion?> PromotedAsync(CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="version"/> the promoted one and marks it so, with its audit row, atomically.</summary>
    Task PromoteAsync(TagModelVersion version, PromotedVersion promoted, AuditEntry audit, CancellationToken cancellationToken);
}

internal interface IRetrainJobStore
{
    Task CreateAsync(RetrainJob job, AuditEntry audit, CancellationToken cancellationToken);

    Task<RetrainJob?> GetAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>Queued jobs and jobs left running by an instance that stopped, oldest first.</summary>
    Task<IReadOnlyList<RetrainJob>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>Saves progress if nobody else did since <paramref name="job"/> was read; null when someone did.</summary>
    Task<RetrainJob?> TrySaveAsync(RetrainJob job, CancellationToken cancellationToken);
}
