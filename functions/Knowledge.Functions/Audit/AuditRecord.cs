namespace Knowledge.Audit;

/// <summary>
/// Audit rows live in the partition of the change they describe and are written in the same
/// entity-group transaction, so a change and its audit row commit or fail together (<see cref="AuditEntity"/>).
/// </summary>
internal static class AuditRecord
{
    public const string RowKeyPrefix = "audit-";

    private const string TimeFormat = "yyyyMMdd'T'HHmmssfffffff'Z'";

    /// <summary>The row key prefix for an instant; row keys sort by time within and across partitions.</summary>
    public static string RowKeyFrom(DateTimeOffset at) =>
        RowKeyPrefix + at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) + "-";
}
