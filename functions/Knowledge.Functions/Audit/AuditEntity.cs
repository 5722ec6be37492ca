namespace Knowledge.Audit;

/// <summary>An audit row (<c>audit-{time}-{guid}</c>) in the partition of the change it describes.</summary>
internal sealed class AuditEntity : TableRow
{
    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public string? ActorProvider { get; set; }

    public string? Action { get; set; }

    public string? Target { get; set; }

    public string? Scope { get; set; }

    public int? Count { get; set; }

    public static AuditEntity Of(string partitionKey, AuditEntry entry) =>
        new()
        {
            PartitionKey = partitionKey,
            RowKey = $"{AuditRecord.RowKeyFrom(entry.At)}{Guid.NewGuid():N}",
            At = entry.At.ToUniversalTime(),
            ActorId = entry.ActorId,
            ActorProvider = entry.ActorProvider,
            Action = entry.Action,
            Target = entry.Target,
            Scope = entry.Scope,
            Count = entry.Count,
        };

    public AuditEntry ToEntry() => new(At, ActorId ?? "", ActorProvider ?? "", Action ?? "", Target ?? "", Scope ?? "", Count);
}
