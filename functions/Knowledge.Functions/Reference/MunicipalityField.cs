namespace Knowledge.Reference;

internal static class MunicipalityField
{
    public const string Format = "Must be a municipality code (four digits, e.g. 2580); see /api/municipalities.";

    /// <summary>The municipality of a code the client sent, or null with an error naming the field.</summary>
    public static Municipality? Municipality(this ReferenceData reference, string code, IDictionary<string, string[]> errors, string field = "municipality")
    {
        var municipality = reference.FindMunicipality(code);
        if (municipality is null)
        {
            errors.TryAdd(field, [$"'{code}' is not a municipality code (four digits, e.g. 2580); see /api/municipalities."]);
        }

        return municipality;
    }
}
