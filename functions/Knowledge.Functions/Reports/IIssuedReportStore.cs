using Knowledge.Audit;

namespace Knowledge.Reports;

/// <summary>Issued situation reports, kept exactly as issued: written once, never changed.</summary>
internal interface IIssuedReportStore
{
    Task AddAsync(IssuedReport report, AuditEntry audit, CancellationToken cancellationToken);

    /// <summary>The county's issued reports, newest first, without their documents.</summary>
    Task<IReadOnlyList<IssuedReportSummary>> ListAsync(string county, CancellationToken cancellationToken);

    Task<IssuedReport?> GetAsync(string county, string id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string county, string period, CancellationToken cancellationToken);
}

/// <summary>
/// A report as issued: <see cref="Document"/> is the report's JSON as it was at <see cref="DataAsOf"/>;
/// it is stored and returned byte for byte.
/// </summary>
public sealed record IssuedReport(string Id, string County, string Period, DateTimeOffset IssuedAt, DateTimeOffset DataAsOf, string IssuedBy, string Document)
{
    public IssuedReportSummary Summary => new(Id, County, Period, IssuedAt, DataAsOf, IssuedBy);
}

public sealed record IssuedReportSummary(string Id, string County, string Period, DateTimeOffset IssuedAt, DateTimeOffset DataAsOf, string IssuedBy);
