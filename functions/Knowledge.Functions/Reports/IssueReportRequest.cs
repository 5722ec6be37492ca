namespace Knowledge.Reports;

/// <summary>The body issuing a situation report: the county and, optionally, the period (default this quarter).</summary>
internal sealed record IssueReportRequest(string County, string? Period);
