using System.Globalization;
using System.Text.Json.Nodes;
using Knowledge.Shared;
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

    /// <summary>The masked reference from the body's <c>reference</c>; null when it is absent, null or blank (no reference).</summary>
    public static string? Read(FieldReader fields)
    {
        var text = fields.String(Field, required: false, MaxLength);
        if (text is not null && text.Any(IsControl))
        {
            fields.AddError(Field, "Must not contain control characters or line breaks.");
            return null;
        }

        return string.IsNullOrEmpty(text) ? null : PersonalDataMasker.Mask(text).Text;
    }

    /// <summary>
    /// The reference to set on an answer: the field must be given, a text or null to clear it (a blank text is refused,
    /// as every required text is, so that clearing is said plainly).
    /// </summary>
    public static string? ReadToSet(JsonObject body, FieldReader fields)
    {
        if (!body.TryGetPropertyValue(Field, out var node) || (node is JsonValue value && value.TryGetValue(out string? text) && string.IsNullOrWhiteSpace(text)))
        {
            fields.AddError(Field, "Required: the reference, or null to clear it.");
            return null;
        }

        return Read(fields);
    }

    private static bool IsControl(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
