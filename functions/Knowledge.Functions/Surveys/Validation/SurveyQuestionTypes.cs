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
    public const string MultipleText = "multipletext";
    public const string MatrixDropdown = "matrixdropdown";
    public const string MatrixDynamic = "matrixdynamic";
    public const string PanelDynamic = "paneldynamic";
    public const string Panel = "panel";

    // Display-only elements: they never put a value into the answer data.
    public static readonly IReadOnlySet<string> NonInput = new HashSet<string>(StringComparer.Ordinal)
    {
        "html",
        "image",
        "expression",
    };

    /// <summary>Questions whose answer holds answer objects of their own, one per item set, row or panel.</summary>
    public static readonly IReadOnlySet<string> Nesting = new HashSet<string>(StringComparer.Ordinal)
    {
        MultipleText,
        MatrixDropdown,
        MatrixDynamic,
        PanelDynamic,
    };

    /// <summary>
    /// The input questions whose answers the server validates and masks: every string in them is either a value the
    /// definition lists or text the masker reads. Others (file, signaturepad, ranking, imagepicker …) are refused.
    /// </summary>
    public static readonly IReadOnlyList<string> Answerable =
    [
        Text, Comment, RadioGroup, Dropdown, Checkbox, TagBox, Boolean, Rating, Matrix,
        MultipleText, MatrixDropdown, MatrixDynamic, PanelDynamic,
    ];

    /// <summary>The cell types a column of a matrixdropdown or matrixdynamic may have.</summary>
    public static readonly IReadOnlyList<string> CellTypes = [Dropdown, Checkbox, RadioGroup, TagBox, Text, Comment, Boolean, Rating, "expression"];

    /// <summary>Why a question of <paramref name="type"/> is refused, or null when its answers are validated and masked.</summary>
    public static string? Refusal(string type) => Answerable.Contains(type) ? null : RefusalOf(type, Answerable);

    /// <summary>Why a matrix column with cells of <paramref name="cellType"/> is refused, or null when it is not.</summary>
    public static string? CellRefusal(string cellType) => CellTypes.Contains(cellType) ? null : RefusalOf(cellType, CellTypes);

    private static string RefusalOf(string type, IEnumerable<string> accepted) =>
        $"Questions of type '{type}' are not accepted: their answers cannot be checked and masked for personal data. Use one of: {string.Join(", ", accepted)}.";
}
