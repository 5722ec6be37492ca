using Knowledge.Reference;

namespace Knowledge.Surveys;

internal sealed class ResponseExportFunctions(ResponseExport export, ReferenceData reference)
{
    private static readonly string[] Formats = ["json", "csv"];

    /// <summary>
    /// Role: office (its own municipalities), admin. <c>?municipality=</c> (required) and <c>?format=json|csv</c>: the
    /// municipality's answers to the survey, the current revision of each, withdrawn answers left out, streamed. The JSON
    /// carries the office's references only when that office reads it.
    /// </summary>
    [Function("Surveys_ExportResponses")]
    [AllowedRoles(Roles.Office, Roles.Admin)]
    [Operation("Surveys", "A municipality's answers to the survey: the current revision of each, withdrawn answers left out; streamed.", Notes = "Offices for their own municipalities. `format=csv` is for Swedish Excel: UTF-8 with BOM, `;` between cells, CRLF, decimal comma, times in Swedish local time (`yyyy-MM-dd HH:mm`); columns `svars-id`, `inskickat`, `revision`, `enkätversion`, then one per question of the survey's versions (Swedish titles; a question the answer's version does not ask is empty; choices as their Swedish texts, several joined with `, `); a text cell starting with `=`, `+`, `-` or `@` gets a leading `'`.")]
    [Parameter("id", "Survey id, e.g. sme-needs.")]
    [Parameter("municipality", "SCB municipality code, e.g. 2580.", Required = true, Pattern = "^\\d{4}$")]
    [Parameter("format", "`json` (default) or `csv` for Swedish Excel.", Enum = ["json", "csv"], Default = "json")]
    [Returns(200, typeof(ResponseExportView), "The answers, as an attachment `svar-{id}-{municipality}.csv` or `.json`.", Headers = ResponseHeaders.ContentDisposition)]
    [Returns(200, typeof(string), "The answers, as an attachment `svar-{id}-{municipality}.csv` or `.json`.", MediaType = "text/csv", Headers = ResponseHeaders.ContentDisposition)]
    [Fails(404, 503)]
    public async Task<IResult> Export(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{id}/responses")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var caller = Caller.Of(request);

        var errors = new Dictionary<string, string[]>();
        var municipality = reference.FindMunicipality(request.Query["municipality"]);
        if (municipality is null)
        {
            errors["municipality"] = ["Give a municipality code, e.g. ?municipality=2580; see /api/municipalities."];
        }

        var format = QueryValues.OneOf(request.Query["format"], "format", Formats, errors) ?? "json";
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (!caller.IsAdmin && !caller.ActsForMunicipality(municipality!.Code))
        {
            return Problems.Forbidden($"You may export answers only for your own municipalities, not {municipality.Code} {municipality.Name}.");
        }

        if (await export.VersionsAsync(id, cancellationToken) is not { } versions)
        {
            return Problems.NotFound($"There is no survey '{id}'.");
        }

        var code = municipality!.Code;
        var withReferences = caller.ActsForMunicipality(code);
        var aborted = request.HttpContext.RequestAborted;
        return format == "csv"
            ? TypedResults.Stream(body => export.WriteCsvAsync(versions, code, body, aborted), "text/csv; charset=utf-8", $"svar-{id}-{code}.csv")
            : TypedResults.Stream(body => export.WriteJsonAsync(id, code, withReferences, body, aborted), "application/json; charset=utf-8", $"svar-{id}-{code}.json");
    }
}
