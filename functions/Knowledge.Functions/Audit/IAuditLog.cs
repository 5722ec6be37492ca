namespace Knowledge.Audit;

/// <summary>Reads the audit trail; writing happens inside each feature's own transaction.</summary>
public interface IAuditLog
{
    Task<AuditPage> ListAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, bool Truncated);
