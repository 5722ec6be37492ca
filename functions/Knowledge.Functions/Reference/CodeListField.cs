namespace Knowledge.Reference;

internal static class CodeListField
{
    /// <summary>An optional array of SCB codes that must each be known; empty when absent, null when any is bad (named "field[i]").</summary>
    public static List<string>? Codes(this FieldReader fields, string field, Func<string, bool> known, string what)
    {
        if (!fields.Has(field))
        {
            return [];
        }

        if (fields.Strings(field, 300, 4) is not { } codes)
        {
            return null;
        }

        for (var i = 0; i < codes.Length; i++)
        {
            if (!known(codes[i]))
            {
                fields.AddError($"{field}[{i}]", $"Unknown code {codes[i]}: must be {what}.");
                return null;
            }
        }

        return [.. codes];
    }
}
