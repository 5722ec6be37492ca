using Knowledge.Reference;

namespace Knowledge.Exports;

/// <summary>The municipalities a notes export covers: one municipality, or every municipality of a county.</summary>
internal sealed record ExportScope(string Label, string FileName, IReadOnlyList<Municipality> Municipalities)
{
    /// <summary>Exactly one of <c>?municipality=</c> and <c>?county=</c>, with a known code; else a 400 naming the field.</summary>
    public static (ExportScope? Scope, IResult? Problem) Read(IQueryCollection query, ReferenceData reference)
    {
        string? municipalityCode = query["municipality"];
        string? countyCode = query["county"];
        var hasMunicipality = !string.IsNullOrEmpty(municipalityCode);
        var hasCounty = !string.IsNullOrEmpty(countyCode);
        if (hasMunicipality == hasCounty)
        {
            var message = "Give exactly one of ?municipality= (e.g. 2580) and ?county= (e.g. 25).";
            return (null, Problems.Invalid(new Dictionary<string, string[]> { ["municipality"] = [message], ["county"] = [message] }));
        }

        if (hasMunicipality)
        {
            return reference.FindMunicipality(municipalityCode) is { } m
                ? (new ExportScope($"{m.Code} {m.Name}", $"knowledge-notes-{m.Code}.qdpx", [m]), null)
                : (null, Problems.Invalid("municipality", $"There is no municipality '{municipalityCode}'; see /api/municipalities."));
        }

        return reference.FindCounty(countyCode) is { } c
            ? (new ExportScope($"{c.Code} {c.Name}", $"knowledge-notes-county-{c.Code}.qdpx", [.. reference.MunicipalitiesIn(c.Code).OrderBy(m => m.Code, StringComparer.Ordinal)]), null)
            : (null, Problems.Invalid("county", $"There is no county '{countyCode}'; see /api/counties."));
    }
}
