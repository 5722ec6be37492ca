namespace Knowledge.Reference;

/// <summary>Public reference data (role: anonymous): the sign-in and survey pages need it before anything else.</summary>
internal sealed class ReferenceFunctions(ReferenceData reference)
{
    [Function("Reference_Counties")]
    [Anonymous]
    [Operation("Reference", "The 21 counties with SCB codes, by code.")]
    [Returns(200, typeof(County[]), "Counties.")]
    public IResult Counties(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "counties")] HttpRequest request) =>
        TypedResults.Ok(reference.Counties.OrderBy(c => c.Code, StringComparer.Ordinal));

    [Function("Reference_Municipalities")]
    [Anonymous]
    [Operation("Reference", "The 290 municipalities, or those of a county.")]
    [Parameter("county", "SCB county code, e.g. 25.")]
    [Returns(200, typeof(Municipality[]), "Municipalities by code.")]
    public IResult Municipalities(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "municipalities")] HttpRequest request)
    {
        string? county = request.Query["county"];
        if (string.IsNullOrEmpty(county))
        {
            return TypedResults.Ok(reference.Municipalities.OrderBy(m => m.Code, StringComparer.Ordinal));
        }

        return reference.FindCounty(county) is null
            ? Problems.Invalid("county", $"'{Truncate(county)}' is not a county code; see /api/counties.")
            : TypedResults.Ok(reference.MunicipalitiesIn(county).OrderBy(m => m.Code, StringComparer.Ordinal));
    }

    private static string Truncate(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
