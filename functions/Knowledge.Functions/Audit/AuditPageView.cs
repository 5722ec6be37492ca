namespace Knowledge.Audit;

/// <summary>Audit rows between two instants, at most a page of them.</summary>
internal sealed record AuditPageView(DateTimeOffset From, DateTimeOffset To, bool Truncated, IReadOnlyList<AuditEntry> Entries);
