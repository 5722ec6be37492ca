using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Knowledge.Reports;

/// <summary>The body issuing a situation report: the county and, optionally, the period (default: last month).</summary>
internal sealed record IssueReportRequest([property: MaxLength(2)] string County, [property: MaxLength(7)] string? Period);

/// <summary>The request bodies Reports binds, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IssueReportRequest))]
internal sealed partial class ReportBodies : JsonSerializerContext;
