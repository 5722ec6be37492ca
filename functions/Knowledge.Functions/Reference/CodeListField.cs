namespace Knowledge.Reference;

internal static class CodeListField
{
    /// <summary>The distinct codes of an optional list (empty when absent); each unknown one is named "field[i]".</summary>
    public static List<string> Known(IReadOnlyList<string>? codes, string field, Func<string, bool> known, string what, IDictionary<string, string[]> errors)
    {
        codes ??= [];
        for (var i = 0; i < codes.Count; i++)
        {
            if (!known(codes[i]))
            {
                errors.TryAdd($"{field}[{i}]", [$"Unknown code {codes[i]}: must be {what}."]);
            }
        }

        return [.. codes.Distinct(StringComparer.Ordinal)];
    }
}
