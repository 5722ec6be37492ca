using Knowledge.Reference;
using Knowledge.Tagging;

namespace Knowledge.Needs;

internal sealed class NeedsFunctions(NeedsQuery query, Codebook codebook, ReferenceData reference, TimeProvider clock)
{
    /// <summary>
    /// Role: region (its own counties) or admin. Aggregated needs for a county and its municipalities;
    /// <c>format=csv</c> gives the same figures for Swedish Excel.
    /// </summary>
    [Function("Needs_Query")]
    [AllowedRoles(Roles.Region, Roles.Admin)]
    [Operation("Needs", "Aggregated needs for a county and its municipalities (small counts suppressed).", Notes = "Regions for their own counties. Every figure went through the disclosure control (Cell Key Method) described in the response's `disclosure`: counts are perturbed by at most `maxDeviation`, never 1 or 2, the same answers always give the same figure, and a total may differ from the sum of its parts; a breakdown with too few respondents is withheld (`null`, `suppressed: true`).")]
    [Parameter("county", "SCB county code, e.g. 25.", Required = true)]
    [ParametersOf(typeof(NeedsFilter))]
    [Parameter("format", "`csv` for Swedish Excel.", Enum = ["json", "csv"])]
    [Returns(200, typeof(NeedsReport), "The needs report.")]
    [Returns(200, typeof(string), "The needs report.", MediaType = "text/csv")]
    [Fails(503)]
    public async Task<IResult> Query(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request);

        var errors = new Dictionary<string, string[]>();
        var county = reference.FindCounty(request.Query["county"]);
        if (county is null)
        {
            errors["county"] = ["Give a county code, e.g. ?county=25; see /api/counties."];
        }

        var (filter, format) = NeedsQueryParameters.Read(request.Query, clock.GetUtcNow(), errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (!caller.IsAdmin && !caller.Counties.Contains(county!.Code))
        {
            return Problems.Forbidden($"You may see needs only for your own counties, not {county.Code} {county.Name}.");
        }

        var report = await query.ForCountyAsync(county!, filter!, cancellationToken);
        return format == "csv"
            ? TypedResults.File(NeedsCsv.Write(report, codebook.Tags), "text/csv; charset=utf-8", $"behov-{county!.Code}-{filter!.From}-{filter.To}.csv")
            : TypedResults.Ok(report);
    }

    /// <summary>
    /// Role: office (its own municipalities), region (municipalities of its counties), admin. The municipality's
    /// figures for the period with a per-quarter series.
    /// </summary>
    [Function("Needs_Municipality")]
    [AllowedRoles(Roles.Office, Roles.Region, Roles.Admin)]
    [Operation("Needs", "A municipality's figures with a per-quarter series.", Notes = "Offices for their own municipalities, regions for municipalities of their counties. Every figure went through the disclosure control (Cell Key Method) described in the response's `disclosure`: counts are perturbed by at most `maxDeviation`, never 1 or 2, the same answers always give the same figure, and a total may differ from the sum of its parts; a breakdown with too few respondents is withheld (`null`, `suppressed: true`).")]
    [Parameter("code", "SCB municipality code.")]
    [ParametersOf(typeof(NeedsFilter))]
    [Returns(200, typeof(MunicipalityNeedsReport), "The municipality's needs.")]
    [Fails(404, 503)]
    public async Task<IResult> Municipality(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs/municipalities/{code}")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var (municipality, filter, problem) = NeedsQueryParameters.ReadMunicipality(request.Query, code, Caller.Of(request), reference, clock.GetUtcNow());
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await query.ForMunicipalityAsync(municipality!, filter!, cancellationToken));
    }
}
