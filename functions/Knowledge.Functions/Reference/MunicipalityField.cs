using Knowledge.Shared;

namespace Knowledge.Reference;

internal static class MunicipalityField
{
    /// <summary>Reads a required municipality code and resolves it, naming the field when it is not a municipality.</summary>
    public static Municipality? Municipality(this FieldReader fields, ReferenceData reference, string field = "municipality")
    {
        var code = fields.String(field, required: true, maxLength: 10);
        var municipality = reference.FindMunicipality(code);
        if (code is not null && municipality is null)
        {
            fields.AddError(field, $"'{code}' is not a municipality code (four digits, e.g. 2580); see /api/municipalities.");
        }

        return municipality;
    }
}
