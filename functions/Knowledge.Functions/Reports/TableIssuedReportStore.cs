using Knowledge.Audit;

namespace Knowledge.Reports;

/// <summary>One partition per county; a report row (<c>issued-{period}-{time}</c>) and its audit row commit together.</summary>
internal sealed class TableIssuedReportStore(TableServiceClient tables) : IIssuedReportStore
{
    private const string RowPrefix = IssuedReportEntity.RowPrefix;

    private TableClient Table => tables.GetTableClient(Tables.Reports);

    public async Task AddAsync(IssuedReport report, AuditEntry audit, CancellationToken cancellationToken) =>
        // Add, never upsert: an issued report is immutable.
        await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, IssuedReportEntity.Of(report)),
                new TableTransactionAction(TableTransactionActionType.Add, AuditEntity.Of(report.County, audit)),
            ],
            cancellationToken);

    public async Task<IReadOnlyList<IssuedReportSummary>> ListAsync(string county, CancellationToken cancellationToken)
    {
        var summaries = new List<IssuedReportSummary>();
        var select = new[] { "PartitionKey", "RowKey", "Period", "IssuedAt", "DataAsOf", "IssuedBy" };
        await foreach (var entity in Table.QueryAsync<IssuedReportEntity>(Range(county, RowPrefix), select: select, cancellationToken: cancellationToken))
        {
            summaries.Add(entity.ToReport().Summary);
        }

        return [.. summaries.OrderByDescending(s => s.IssuedAt)];
    }

    public async Task<IssuedReport?> GetAsync(string county, string id, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<IssuedReportEntity>(county, RowPrefix + id, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToReport() : null;
    }

    public async Task<bool> ExistsAsync(string county, string period, CancellationToken cancellationToken)
    {
        await foreach (var _ in Table.QueryAsync<IssuedReportEntity>(Range(county, $"{RowPrefix}{period}-"), maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }

    private static string Range(string county, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {county} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + (char)(prefix[^1] + 1)}");
}
