namespace Knowledge.Shared.Vocabulary;

/// <summary>
/// Length limits of texts whose record is shared by texts of many lengths (a title, a body, a note are all
/// <see cref="BilingualText"/>), so each reader states its own; errors are named as the client wrote the field.
/// </summary>
internal static class TextLength
{
    public static void Check(BilingualText? text, string field, int maxLength, IDictionary<string, string[]> errors)
    {
        Check(text?.Sv, $"{field}.sv", maxLength, errors);
        Check(text?.En, $"{field}.en", maxLength, errors);
    }

    /// <summary>Each item of a list, named "field[i]".</summary>
    public static void Check(IReadOnlyList<string>? items, string field, int maxLength, IDictionary<string, string[]> errors)
    {
        for (var i = 0; i < items?.Count; i++)
        {
            Check(items[i], $"{field}[{i}]", maxLength, errors);
        }
    }

    private static void Check(string? text, string field, int maxLength, IDictionary<string, string[]> errors)
    {
        if (text?.Length > maxLength)
        {
            errors.TryAdd(field, [$"At most {maxLength} characters."]);
        }
    }
}
