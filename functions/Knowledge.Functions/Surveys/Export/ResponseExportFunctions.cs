using Knowledge.Reference;
using Knowledge.Shared;
using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

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
