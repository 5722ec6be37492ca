using System.Globalization;
using Knowledge.Shared.Privacy;

namespace Knowledge.Surveys;

/// <summary>
/// The office's own label for one of its answers (a company name, say), which only that office sees. It may name a
/// person, so it is masked as free text is before it is stored; no regional, admin or export output carries it.
/// </summary>
internal static class ResponseReference
{
    public const string Field = "reference";

    public const int MaxLength = 100;

    /// <summary>The masked reference, null for none, or null with an error when it holds control characters.</summary>
    public static string? Mask(string? text, IDictionary<string, string[]> errors)
    {
        if (text is not null && text.Any(IsControl))
        {
            errors.TryAdd(Field, ["Must not contain control characters or line breaks."]);
            return null;
        }

        return text is null ? null : PersonalDataMasker.Mask(text).Text;
    }

    private static bool IsControl(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
