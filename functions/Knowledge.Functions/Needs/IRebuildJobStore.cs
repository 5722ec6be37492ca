using Knowledge.Audit;

namespace Knowledge.Needs;

public interface IRebuildJobStore
{
    Task CreateAsync(RebuildJob job, AuditEntry audit, CancellationToken cancellationToken);

    Task<RebuildJob?> GetAsync(Guid jobId, CancellationToken cancellationToken);

    Task<IReadOnlyList<RebuildJob>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>Saves progress if nobody else did since <paramref name="job"/> was read; null when someone did.</summary>
    Task<RebuildJob?> TrySaveAsync(RebuildJob job, CancellationToken cancellationToken);
}
