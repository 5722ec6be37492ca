namespace Knowledge.Shared;

/// <summary>Checks of query-string values that collect one error per bad parameter.</summary>
internal static class QueryValues
{
    /// <summary>An optional value that must be one of <paramref name="allowed"/>; null when absent or bad.</summary>
    public static string? OneOf(string? value, string field, IReadOnlyList<string> allowed, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!allowed.Contains(value))
        {
            errors[field] = [$"Must be one of: {string.Join(", ", allowed)}."];
            return null;
        }

        return value;
    }
}
