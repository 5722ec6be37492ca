using Knowledge.Audit;
using Knowledge.Reference;

namespace Knowledge.Reports;

/// <summary>Issues a county's situation report: builds it from live data and keeps it, immutable, as it was then.</summary>
internal sealed class ReportIssuer(SituationReportBuilder builder, IIssuedReportStore store, ReferenceData reference, TimeProvider clock)
{
    public const string ScheduleActor = "schedule";

    /// <summary>The same JSON the live report endpoint answers with.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public async Task<IssuedReport> IssueAsync(County county, ReportPeriod period, string actorId, string actorProvider, CancellationToken cancellationToken)
    {
        var report = await builder.BuildAsync(county, period, cancellationToken);
        var issuedAt = clock.GetUtcNow();
        var id = $"{period.Name}-{issuedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}";
        var issued = new IssuedReport(id, county.Code, period.Name, issuedAt, report.DataAsOf, actorId, JsonSerializer.Serialize(report, Json));
        await store.AddAsync(issued, new AuditEntry(issuedAt, actorId, actorProvider, "reports.situation.issue", $"reports/situation/{county.Code}/{id}", county.Code), cancellationToken);
        return issued;
    }

    /// <summary>The monthly run: last month's report for every county that has none yet (safe to run twice).</summary>
    public async Task<int> IssueMonthlyAsync(CancellationToken cancellationToken)
    {
        var period = ReportPeriod.MonthBefore(clock.GetUtcNow());
        var issued = 0;
        foreach (var county in reference.Counties.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            if (!await store.ExistsAsync(county.Code, period.Name, cancellationToken))
            {
                await IssueAsync(county, period, ScheduleActor, "system", cancellationToken);
                issued++;
            }
        }

        return issued;
    }
}
