using System.IO.Compression;
using Knowledge.Audit;

namespace Knowledge.Tagging.Models;

/// <summary>
/// Partition <c>models</c> holds a row per version (<c>version-{v}</c>), the promoted pointer and the audit rows, so a
/// promotion commits in one transaction. A file is gzipped JSON in binary chunks, a row each, in <c>file-{v}</c>.
/// Retrain jobs and their audit rows are in partition <c>retrain</c>.
/// </summary>
internal sealed class TableTagModelStore(TableServiceClient tables) : ITagModelStore, IRetrainJobStore
{
    private const string ModelsPartition = TagModelVersionEntity.Partition;

    // A binary property holds at most 64 KiB, a transaction at most 4 MiB.
    private const int ChunkBytes = 60_000;
    private const int ChunksPerTransaction = 50;

    private TableClient Table => tables.GetTableClient(Tables.TagModels);

    private JobTable<RetrainJobEntity, RetrainStatus> Jobs => new(Table, RetrainJobEntity.Partition);

    public async Task SaveAsync(TagModelFile file, TagModelVersion version, CancellationToken cancellationToken)
    {
        var chunks = Compress(file).Chunk(ChunkBytes).Select((bytes, i) => TagModelChunkEntity.Of(file.Version, i, bytes));
        foreach (var batch in chunks.Chunk(ChunksPerTransaction))
        {
            await Table.SubmitTransactionAsync(batch.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, c)), cancellationToken);
        }

        await Table.UpsertEntityAsync(TagModelVersionEntity.Of(version), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<TagModelFile?> LoadAsync(string version, CancellationToken cancellationToken)
    {
        if (await FindAsync(version, cancellationToken) is null)
        {
            return null;
        }

        using var compressed = new MemoryStream();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TagModelChunkEntity.PartitionPrefix + version}");
        await foreach (var chunk in Table.QueryAsync<TagModelChunkEntity>(filter, cancellationToken: cancellationToken))
        {
            compressed.Write(chunk.Data);
        }

        compressed.Position = 0;
        using var json = new GZipStream(compressed, CompressionMode.Decompress);
        return TagModel.Read(json);
    }

    public async Task<TagModelVersion?> FindAsync(string version, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TagModelVersionEntity>(ModelsPartition, TagModelVersionEntity.RowPrefix + version, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToVersion() : null;
    }

    public async Task<IReadOnlyList<TagModelVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ModelsPartition} and RowKey ge {TagModelVersionEntity.RowPrefix} and RowKey lt {"version."}");
        var versions = new List<TagModelVersion>();
        await foreach (var entity in Table.QueryAsync<TagModelVersionEntity>(filter, cancellationToken: cancellationToken))
        {
            versions.Add(entity.ToVersion());
        }

        return [.. versions.OrderByDescending(v => v.CreatedAt)];
    }

    public async Task<PromotedVersion?> PromotedAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<PromotedModelEntity>(ModelsPartition, PromotedModelEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToPromoted() : null;
    }

    public Task PromoteAsync(TagModelVersion version, PromotedVersion promoted, AuditEntry audit, CancellationToken cancellationToken) =>
        Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, PromotedModelEntity.Of(promoted)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, TagModelVersionEntity.Of(version with { Promoted = true })),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(ModelsPartition, audit)),
            ],
            cancellationToken);

    public Task CreateAsync(RetrainJob job, AuditEntry audit, CancellationToken cancellationToken) =>
        Jobs.CreateAsync(RetrainJobEntity.Of(job), AuditEntity.Of(RetrainJobEntity.Partition, audit), cancellationToken);

    public async Task<RetrainJob?> GetAsync(Guid jobId, CancellationToken cancellationToken) =>
        (await Jobs.GetAsync(jobId, cancellationToken))?.ToJob();

    public async Task<IReadOnlyList<RetrainJob>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        [.. (await Jobs.ListUnfinishedAsync([RetrainStatus.Completed, RetrainStatus.Failed], cancellationToken)).Select(j => j.ToJob())];

    public async Task<RetrainJob?> TrySaveAsync(RetrainJob job, CancellationToken cancellationToken) =>
        await Jobs.TrySaveAsync(RetrainJobEntity.Of(job), job.ETag!, cancellationToken) is { } etag ? job with { ETag = etag } : null;

    private static byte[] Compress(TagModelFile file)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            TagModel.Write(file, gzip);
        }

        return compressed.ToArray();
    }
}
