using System.Globalization;
using Azure.Data.Tables;

namespace Knowledge.Audit;

/// <summary>
/// Audit rows live in the partition of the change they describe and are written in the same
/// entity-group transaction, so a change and its audit row commit or fail together.
/// </summary>
internal static class AuditRecord
{
    public const string RowKeyPrefix = "audit-";

    private const string TimeFormat = "yyyyMMdd'T'HHmmssfffffff'Z'";

    public static TableEntity ToEntity(string partitionKey, AuditEntry entry) =>
        new(partitionKey, $"{RowKeyFrom(entry.At)}{Guid.NewGuid():N}")
        {
            ["At"] = entry.At.UtcDateTime,
            ["ActorId"] = entry.ActorId,
            ["ActorProvider"] = entry.ActorProvider,
            ["Action"] = entry.Action,
            ["Target"] = entry.Target,
            ["Scope"] = entry.Scope,
            ["Count"] = entry.Count,
        };

    public static AuditEntry FromEntity(TableEntity entity) =>
        new(
            entity.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
            entity.GetString("ActorId") ?? "",
            entity.GetString("ActorProvider") ?? "",
            entity.GetString("Action") ?? "",
            entity.GetString("Target") ?? "",
            entity.GetString("Scope") ?? "",
            entity.GetInt32("Count"));

    /// <summary>The row key prefix for an instant; row keys sort by time within and across partitions.</summary>
    public static string RowKeyFrom(DateTimeOffset at) =>
        RowKeyPrefix + at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) + "-";
}
