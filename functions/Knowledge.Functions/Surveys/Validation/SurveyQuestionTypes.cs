namespace Knowledge.Surveys;

/// <summary>SurveyJS element type names the reader and validator treat specially.</summary>
internal static class SurveyQuestionTypes
{
    public const string Text = "text";
    public const string Comment = "comment";
    public const string RadioGroup = "radiogroup";
    public const string Dropdown = "dropdown";
    public const string Checkbox = "checkbox";
    public const string TagBox = "tagbox";
    public const string Boolean = "boolean";
    public const string Rating = "rating";
    public const string Matrix = "matrix";
    public const string Panel = "panel";

    // Display-only elements: they never put a value into the answer data.
    public static readonly IReadOnlySet<string> NonInput = new HashSet<string>(StringComparer.Ordinal)
    {
        "html",
        "image",
        "expression",
    };
}
