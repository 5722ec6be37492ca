using System.Text.Json;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Shared;

namespace Knowledge.Needs;

internal sealed class TableRebuildJobStore(TableServiceClient tables) : IRebuildJobStore
{
    private const string Partition = "needs-rebuild";
    private const string RowPrefix = "job-";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables.GetTableClient(Tables.Jobs);

    public Task CreateAsync(RebuildJob job, AuditEntry audit, CancellationToken cancellationToken) =>
        Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(job)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)),
            ],
            cancellationToken);

    public async Task<RebuildJob?> GetAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, RowPrefix + jobId.ToString("D"), cancellationToken: cancellationToken);
        return entity.HasValue ? FromEntity(entity.Value!) : null;
    }

    public async Task<IReadOnlyList<RebuildJob>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        var completed = nameof(RebuildStatus.Completed);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {RowPrefix} and RowKey lt {"job."} and Status ne {completed}");
        var jobs = new List<RebuildJob>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            jobs.Add(FromEntity(entity));
        }

        return [.. jobs.OrderBy(j => j.CreatedAt)];
    }

    public async Task<RebuildJob?> TrySaveAsync(RebuildJob job, CancellationToken cancellationToken) =>
        await Table.TryReplaceAsync(ToEntity(job), job.ETag!, cancellationToken) is { } etag ? job with { ETag = etag } : null;

    private static TableEntity ToEntity(RebuildJob job)
    {
        var entity = new TableEntity(Partition, RowPrefix + job.JobId.ToString("D"))
        {
            ["Status"] = job.Status.ToString(),
            ["Total"] = job.Total,
            ["Done"] = job.Done,
            ["DifferencesTruncated"] = job.DifferencesTruncated,
            ["CreatedAt"] = job.CreatedAt.UtcDateTime,
            ["CreatedBy"] = job.CreatedBy,
            ["FinishedAt"] = job.FinishedAt?.UtcDateTime,
        };
        LargeText.Write(entity, "Differences", JsonSerializer.Serialize(job.Differences, Json));
        return entity;
    }

    private static RebuildJob FromEntity(TableEntity entity) =>
        new(
            Guid.Parse(entity.RowKey.AsSpan(RowPrefix.Length)),
            Enum.Parse<RebuildStatus>(entity.GetString("Status")!),
            entity.GetInt32("Total") ?? 0,
            entity.GetInt32("Done") ?? 0,
            JsonSerializer.Deserialize<List<NeedsDifference>>(LargeText.Read(entity, "Differences"), Json) ?? [],
            entity.GetBoolean("DifferencesTruncated") ?? false,
            entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            entity.GetString("CreatedBy") ?? "",
            entity.GetDateTimeOffset("FinishedAt"),
            entity.ETag.ToString());
}
