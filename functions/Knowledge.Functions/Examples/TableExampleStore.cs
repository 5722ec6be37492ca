using Azure;
using Knowledge.Audit;

namespace Knowledge.Examples;

/// <summary>
/// One partition holds the examples (<c>example-{slug}</c>), the catalogue version row, one change row
/// per version (<c>change-{version}</c>) and the audit rows, so a write and its version, change and audit
/// commit in one entity-group transaction; the version row's ETag orders concurrent writers.
/// </summary>
internal sealed class TableExampleStore(TableServiceClient tables) : IExampleStore
{
    private const string Partition = "catalogue";
    private const string ExamplePrefix = ExampleEntity.RowPrefix;
    private const string ChangePrefix = "change-";
    private const string VersionRow = "version";
    private const int MaxAttempts = 50;

    private TableClient Table => tables.GetTableClient(Tables.Catalogue);

    public async Task<StoredExample?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<ExampleEntity>(Partition, ExamplePrefix + slug, cancellationToken: cancellationToken);
        return response.HasValue ? new StoredExample(response.Value!.ToExample(), response.Value!.ETag.ToString()) : null;
    }

    public async Task<CatalogueSnapshot> ListAsync(CancellationToken cancellationToken)
    {
        var version = await VersionAsync(cancellationToken);
        var examples = new List<GoodExample>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {ExamplePrefix} and RowKey lt {"example."}");
        await foreach (var entity in Table.QueryAsync<ExampleEntity>(filter, cancellationToken: cancellationToken))
        {
            examples.Add(entity.ToExample());
        }

        return new CatalogueSnapshot(version, examples);
    }

    public async Task<long> VersionAsync(CancellationToken cancellationToken) =>
        (await ReadVersionAsync(cancellationToken))?.Version ?? 0;

    public async Task<IReadOnlyList<CatalogueChange>> ChangesAsync(long after, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {ChangeRow(after)} and RowKey lt {"change."}");
        var changes = new List<CatalogueChange>();
        await foreach (var entity in Table.QueryAsync<CatalogueVersionEntity>(filter, cancellationToken: cancellationToken))
        {
            changes.Add(entity.ToChange());
        }

        return changes;
    }

    public Task<CatalogueWriteResult> SaveAsync(GoodExample example, string? ifMatch, AuditEntry audit, CancellationToken cancellationToken)
    {
        var entity = ExampleEntity.Of(Partition, example);
        var action = ifMatch is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(ifMatch));
        return CommitAsync(action, example.Slug, audit, cancellationToken);
    }

    public Task<CatalogueWriteResult> DeleteAsync(string slug, string ifMatch, AuditEntry audit, CancellationToken cancellationToken) =>
        CommitAsync(new TableTransactionAction(TableTransactionActionType.Delete, new ExampleEntity { PartitionKey = Partition, RowKey = ExamplePrefix + slug }, new ETag(ifMatch)), slug, audit, cancellationToken);

    public async Task<bool> SeedAsync(IReadOnlyList<GoodExample> examples, AuditEntry audit, CancellationToken cancellationToken)
    {
        if (await ReadVersionAsync(cancellationToken) is not null)
        {
            return false;
        }

        // One version for the whole seed: instances that start later read it as one snapshot.
        var actions = examples.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ExampleEntity.Of(Partition, e))).ToList();
        actions.Add(new TableTransactionAction(TableTransactionActionType.Add, VersionRowOf(1)));
        actions.Add(new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)));
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // Another instance seeded first.
            return false;
        }
    }

    private async Task<CatalogueWriteResult> CommitAsync(TableTransactionAction action, string slug, AuditEntry audit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadVersionAsync(cancellationToken);
            var version = (current?.Version ?? 0) + 1;
            var versionRow = VersionRowOf(version);
            TableTransactionAction[] actions =
            [
                action,
                current is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, versionRow)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, versionRow, current.ETag),
                new TableTransactionAction(TableTransactionActionType.Add, new CatalogueVersionEntity { PartitionKey = Partition, RowKey = ChangeRow(version), Version = version, Slug = slug }),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(Partition, audit)),
            ];
            try
            {
                var response = await Table.SubmitTransactionAsync(actions, cancellationToken);
                var etag = response.Value.Count > 0 && response.Value[0].Headers.ETag is { } written ? written.ToString() : null;
                return new CatalogueWriteResult(CatalogueWriteStatus.Written, version, etag);
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == 0 && ex.Status is 404 or 409 or 412)
            {
                return new CatalogueWriteResult(ex.Status switch
                {
                    409 => CatalogueWriteStatus.Exists,
                    404 => CatalogueWriteStatus.Missing,
                    _ => CatalogueWriteStatus.Stale,
                });
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex is 1 or 2 && ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another write took this version first; nothing was written. Read the version again.
                await Task.Delay(Random.Shared.Next(1, 10 * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }

    private async Task<CatalogueVersionEntity?> ReadVersionAsync(CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<CatalogueVersionEntity>(Partition, VersionRow, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private static string ChangeRow(long version) => ChangePrefix + version.ToString("D19", CultureInfo.InvariantCulture);

    private static CatalogueVersionEntity VersionRowOf(long version) => new() { PartitionKey = Partition, RowKey = VersionRow, Version = version };
}
