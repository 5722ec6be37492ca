using System.IO.Compression;
using System.Text.Json;
using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Shared;

namespace Knowledge.Tagging.Models;

/// <summary>
/// Partition <c>models</c> holds a row per version (<c>version-{v}</c>), the promoted pointer and the audit rows, so a
/// promotion commits in one transaction. A file is gzipped JSON in binary chunks, a row each, in <c>file-{v}</c>.
/// Retrain jobs and their audit rows are in partition <c>retrain</c>.
/// </summary>
internal sealed class TableTagModelStore(TableServiceClient tables) : ITagModelStore, IRetrainJobStore
{
    private const string ModelsPartition = "models";
    private const string PromotedRow = "promoted";
    private const string VersionPrefix = "version-";
    private const string FilePrefix = "file-";
    private const string JobsPartition = "retrain";
    private const string JobPrefix = "job-";

    // A binary property holds at most 64 KiB, a transaction at most 4 MiB.
    private const int ChunkBytes = 60_000;
    private const int ChunksPerTransaction = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables.GetTableClient(Tables.TagModels);

    public async Task SaveAsync(TagModelFile file, TagModelVersion version, CancellationToken cancellationToken)
    {
        var chunks = Compress(file).Chunk(ChunkBytes).Select((bytes, i) => new TableEntity(FilePrefix + file.Version, i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
        {
            ["Data"] = bytes,
        });
        foreach (var batch in chunks.Chunk(ChunksPerTransaction))
        {
            await Table.SubmitTransactionAsync(batch.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, c)), cancellationToken);
        }

        await Table.UpsertEntityAsync(ToEntity(version), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<TagModelFile?> LoadAsync(string version, CancellationToken cancellationToken)
    {
        if (await FindAsync(version, cancellationToken) is null)
        {
            return null;
        }

        using var compressed = new MemoryStream();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {FilePrefix + version}");
        await foreach (var chunk in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            compressed.Write(chunk.GetBinary("Data"));
        }

        compressed.Position = 0;
        using var json = new GZipStream(compressed, CompressionMode.Decompress);
        return TagModel.Read(json);
    }

    public async Task<TagModelVersion?> FindAsync(string version, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(ModelsPartition, VersionPrefix + version, cancellationToken: cancellationToken);
        return row.HasValue ? ToVersion(row.Value!) : null;
    }

    public async Task<IReadOnlyList<TagModelVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ModelsPartition} and RowKey ge {VersionPrefix} and RowKey lt {"version."}");
        var versions = new List<TagModelVersion>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            versions.Add(ToVersion(entity));
        }

        return [.. versions.OrderByDescending(v => v.CreatedAt)];
    }

    public async Task<PromotedVersion?> PromotedAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(ModelsPartition, PromotedRow, cancellationToken: cancellationToken);
        return row.HasValue
            ? new PromotedVersion(row.Value!.GetString("Version")!, row.Value.GetDateTimeOffset("PromotedAt") ?? DateTimeOffset.MinValue, row.Value.GetString("PromotedBy") ?? "")
            : null;
    }

    public Task PromoteAsync(TagModelVersion version, PromotedVersion promoted, AuditEntry audit, CancellationToken cancellationToken) =>
        Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(ModelsPartition, PromotedRow)
                {
                    ["Version"] = promoted.Version,
                    ["PromotedAt"] = promoted.PromotedAt.UtcDateTime,
                    ["PromotedBy"] = promoted.PromotedBy,
                }),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(version with { Promoted = true })),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(ModelsPartition, audit)),
            ],
            cancellationToken);

    public Task CreateAsync(RetrainJob job, AuditEntry audit, CancellationToken cancellationToken) =>
        Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(job)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(JobsPartition, audit)),
            ],
            cancellationToken);

    public async Task<RetrainJob?> GetAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(JobsPartition, JobPrefix + jobId.ToString("D"), cancellationToken: cancellationToken);
        return entity.HasValue ? ToJob(entity.Value!) : null;
    }

    public async Task<IReadOnlyList<RetrainJob>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        var (completed, failed) = (nameof(RetrainStatus.Completed), nameof(RetrainStatus.Failed));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {JobsPartition} and RowKey ge {JobPrefix} and RowKey lt {"job."} and Status ne {completed} and Status ne {failed}");
        var jobs = new List<RetrainJob>();
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            jobs.Add(ToJob(entity));
        }

        return [.. jobs.OrderBy(j => j.CreatedAt)];
    }

    public async Task<RetrainJob?> TrySaveAsync(RetrainJob job, CancellationToken cancellationToken) =>
        await Table.TryReplaceAsync(ToEntity(job), job.ETag!, cancellationToken) is { } etag ? job with { ETag = etag } : null;

    private static byte[] Compress(TagModelFile file)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            TagModel.Write(file, gzip);
        }

        return compressed.ToArray();
    }

    private static TableEntity ToEntity(TagModelVersion version) =>
        new(ModelsPartition, VersionPrefix + version.Version)
        {
            ["CreatedAt"] = version.CreatedAt.UtcDateTime,
            ["CreatedBy"] = version.CreatedBy,
            ["TrainingReviews"] = version.TrainingReviews,
            ["Figures"] = version.Figures is null ? null : JsonSerializer.Serialize(version.Figures, Json),
            ["Promoted"] = version.Promoted,
        };

    private static TagModelVersion ToVersion(TableEntity entity) =>
        new(
            entity.RowKey[VersionPrefix.Length..],
            entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            entity.GetString("CreatedBy") ?? "",
            entity.GetInt32("TrainingReviews") ?? 0,
            entity.GetString("Figures") is { } figures ? JsonSerializer.Deserialize<ModelFigures>(figures, Json) : null,
            entity.GetBoolean("Promoted") ?? false);

    private static TableEntity ToEntity(RetrainJob job) =>
        new(JobsPartition, JobPrefix + job.JobId.ToString("D"))
        {
            ["Status"] = job.Status.ToString(),
            ["Stage"] = job.Stage.ToString(),
            ["Progress"] = job.Progress,
            ["CreatedAt"] = job.CreatedAt.UtcDateTime,
            ["CreatedBy"] = job.CreatedBy,
            ["FinishedAt"] = job.FinishedAt?.UtcDateTime,
            ["Result"] = job.Result is null ? null : JsonSerializer.Serialize(job.Result, Json),
            ["Error"] = job.Error,
        };

    private static RetrainJob ToJob(TableEntity entity) =>
        new(
            Guid.Parse(entity.RowKey.AsSpan(JobPrefix.Length)),
            Enum.Parse<RetrainStatus>(entity.GetString("Status")!),
            Enum.Parse<RetrainStage>(entity.GetString("Stage")!),
            entity.GetDouble("Progress") ?? 0,
            entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            entity.GetString("CreatedBy") ?? "",
            entity.GetDateTimeOffset("FinishedAt"),
            entity.GetString("Result") is { } result ? JsonSerializer.Deserialize<RetrainResult>(result, Json) : null,
            entity.GetString("Error"),
            entity.ETag.ToString());
}
