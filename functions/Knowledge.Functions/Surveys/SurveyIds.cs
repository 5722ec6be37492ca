using System.Text.RegularExpressions;

namespace Knowledge.Surveys;

internal static partial class SurveyIds
{
    public const string SmeNeeds = "sme-needs";

    /// <summary>Survey ids become partition keys: lower-case slugs only.</summary>
    public static bool IsValid(string id) => Slug().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Slug();
}
