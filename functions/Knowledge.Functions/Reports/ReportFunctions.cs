using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Reference;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Reports;

internal sealed class ReportFunctions(SituationReportBuilder builder, ReportIssuer issuer, IIssuedReportStore issued, ReferenceData reference, TimeProvider clock)
{
    /// <summary>Role: region (its own counties), admin. The live report for <c>?county=&amp;period=</c> (2026-Q3 or 2026-09; default this quarter).</summary>
    [Function("Reports_Situation")]
    [AllowedRoles(Roles.Region, Roles.Admin)]
    [Operation("Reports", "The live situation report for a county and period.", Notes = "Regions for their own counties.")]
    [Parameter("county", "SCB county code.", Required = true)]
    [Parameter("period", "A quarter (2026-Q3) or a month (2026-09); default this quarter.")]
    [Returns(200, typeof(SituationReport), "The report.")]
    [Fails(503)]
    public async Task<IResult> Situation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/situation")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (county, period, problem) = ReadCountyAndPeriod(request.Query["county"], request.Query["period"], Caller.Of(request));
        if (problem is not null)
        {
            return problem;
        }

        var report = await builder.BuildAsync(county!, period!, cancellationToken);
        return TypedResults.Text(JsonSerializer.Serialize(report, ReportIssuer.Json), "application/json; charset=utf-8");
    }

    /// <summary>Role: region (its own counties), admin. The county's issued reports, newest first.</summary>
    [Function("Reports_Issued")]
    [AllowedRoles(Roles.Region, Roles.Admin)]
    [Operation("Reports", "The county's issued reports, newest first.", Notes = "Regions for their own counties.")]
    [Parameter("county", "SCB county code.", Required = true)]
    [Returns(200, typeof(JsonObject[]), "Issued reports.")]
    [Fails(503)]
    public async Task<IResult> Issued(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/situation/issued")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (county, problem) = ReadCounty(request.Query["county"], Caller.Of(request));
        return problem ?? TypedResults.Ok(await issued.ListAsync(county!.Code, cancellationToken));
    }

    /// <summary>Role: region (its own counties), admin. One issued report exactly as it was issued.</summary>
    [Function("Reports_IssuedOne")]
    [AllowedRoles(Roles.Region, Roles.Admin)]
    [Operation("Reports", "One issued report exactly as it was issued.", Notes = "Regions for their own counties.")]
    [Parameter("id", "Issued report id.")]
    [Parameter("county", "SCB county code.", Required = true)]
    [Returns(200, typeof(JsonObject), "The issue facts with `report`.")]
    [Fails(404, 503)]
    public async Task<IResult> IssuedOne(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/situation/issued/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var (county, problem) = ReadCounty(request.Query["county"], Caller.Of(request));
        if (problem is not null)
        {
            return problem;
        }

        var report = await issued.GetAsync(county!.Code, id, cancellationToken);
        return report is null
            ? Problems.NotFound($"County {county.Code} has no issued report '{id}'; see /api/reports/situation/issued?county={county.Code}.")
            : TypedResults.Text(Envelope(report), "application/json; charset=utf-8");
    }

    /// <summary>Role: region (its own counties), admin. Issues a report now: <c>{"county": "25", "period": "2026-11"}</c> (period default: last month).</summary>
    [Function("Reports_Issue")]
    [AllowedRoles(Roles.Region, Roles.Admin)]
    [Operation("Reports", "Issues a report now (period default: last month).")]
    [Accepts(typeof(IssueReportRequest))]
    [Returns(201, typeof(JsonObject), "The issued report.")]
    [Fails(409, 503)]
    public async Task<IResult> Issue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/situation/issued")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request);

        var (body, bodyProblem) = await JsonBody.BindAsync(request, ReportBodies.Default.IssueReportRequest, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var (county, period, problem) = ReadCountyAndPeriod(body.County, body.Period ?? ReportPeriod.MonthBefore(clock.GetUtcNow()).Name, caller);
        if (problem is not null)
        {
            return problem;
        }

        var report = await issuer.IssueAsync(county!, period!, caller.UserId, caller.IdentityProvider, cancellationToken);
        return TypedResults.Text(Envelope(report), "application/json; charset=utf-8", statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Monthly, 06:00 UTC on the 1st: last month's report for every county (skipped where one exists).</summary>
    [Function("Reports_IssueMonthly")]
    public Task IssueMonthly([TimerTrigger("0 0 6 1 * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        issuer.IssueMonthlyAsync(cancellationToken);

    private (County? County, ReportPeriod? Period, IResult? Problem) ReadCountyAndPeriod(string? countyCode, string? periodText, Caller caller)
    {
        var errors = new Dictionary<string, string[]>();
        var county = reference.FindCounty(countyCode);
        if (county is null)
        {
            errors["county"] = ["Give a county code, e.g. 25; see /api/counties."];
        }

        var period = ReportPeriod.QuarterOf(clock.GetUtcNow());
        if (!string.IsNullOrEmpty(periodText) && !ReportPeriod.TryParse(periodText, out period))
        {
            errors["period"] = ["Must be a quarter like 2026-Q3 or a month like 2026-09."];
        }

        if (errors.Count > 0)
        {
            return (null, null, Problems.Invalid(errors));
        }

        return MaySee(caller, county!) ? (county, period, null) : (null, null, Forbidden(county!));
    }

    private (County? County, IResult? Problem) ReadCounty(string? code, Caller caller)
    {
        var county = reference.FindCounty(code);
        if (county is null)
        {
            return (null, Problems.Invalid("county", "Give a county code, e.g. 25; see /api/counties."));
        }

        return MaySee(caller, county) ? (county, null) : (null, Forbidden(county));
    }

    private static bool MaySee(Caller caller, County county) => caller.IsAdmin || caller.Counties.Contains(county.Code);

    private static IResult Forbidden(County county) =>
        Problems.Forbidden($"You may see situation reports only for your own counties, not {county.Code} {county.Name}.");

    // The stored document goes out untouched, inside its issue facts.
    private static string Envelope(IssuedReport report)
    {
        var envelope = JsonSerializer.SerializeToNode(report.Summary, ReportIssuer.Json)!.AsObject();
        envelope["report"] = JsonNode.Parse(report.Document);
        return envelope.ToJsonString();
    }
}
