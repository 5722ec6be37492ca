namespace Knowledge.Surveys;

/// <summary>
/// What the server needs to know about one input question of a SurveyJS definition
/// to validate an answer. Choice, row and column values are compared as strings
/// because SurveyJS lets a definition use strings or numbers interchangeably.
/// </summary>
internal sealed record SurveyQuestion
{
    /// <summary>SurveyJS stores the "other"/comment-area text under this suffix.</summary>
    public const string CommentSuffix = "-Comment";

    public required string Name { get; init; }

    /// <summary>SurveyJS type, lower-cased (e.g. <c>radiogroup</c>).</summary>
    public required string Type { get; init; }

    public bool IsRequired { get; init; }

    /// <summary>
    /// Shown, enabled or required only under a condition the browser evaluates
    /// (on the question or an enclosing panel/page), so requiredness is not enforced.
    /// </summary>
    public bool IsConditional { get; init; }

    /// <summary>Values from <c>choices</c>, then <c>none</c>/<c>refused</c>/<c>dontknow</c>/<c>other</c> when shown.</summary>
    public IReadOnlyList<string> ChoiceValues { get; init; } = [];

    /// <summary>
    /// True when a choice question's values are not all in the definition (none listed, <c>choicesByUrl</c>,
    /// <c>choicesFromQuestion</c> or <c>allowCustomChoices</c>): any short string is an answer, and it is masked like
    /// free text.
    /// </summary>
    public bool AcceptsAnyChoice { get; init; }

    /// <summary>Choice values that must be selected alone in a multi-select answer (e.g. <c>none</c>).</summary>
    public IReadOnlyList<string> ExclusiveValues { get; init; } = [];

    /// <summary>Whether a <c>&lt;name&gt;-Comment</c> value may accompany the answer.</summary>
    public bool AllowsComment { get; init; }

    public string CommentKey => Name + CommentSuffix;

    /// <summary>Explicit text cap from <c>maxLength</c> (or the survey's <c>maxTextLength</c>); null means the server default.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Row values of a <c>matrix</c> or <c>matrixdropdown</c>.</summary>
    public IReadOnlyList<string> Rows { get; init; } = [];

    /// <summary>
    /// The questions inside each part of the answer: a <c>multipletext</c>'s items, a <c>matrixdropdown</c>'s or
    /// <c>matrixdynamic</c>'s columns (one answer object per row) or a <c>paneldynamic</c>'s template (one per panel).
    /// </summary>
    public IReadOnlyList<SurveyQuestion> Nested { get; init; } = [];

    public IReadOnlyList<string> Columns { get; init; } = [];

    public decimal RateMin { get; init; } = 1;

    public decimal RateMax { get; init; } = 5;

    public decimal RateStep { get; init; } = 1;

    /// <summary>Explicit <c>rateValues</c>; when non-empty they replace the min/max/step range.</summary>
    public IReadOnlyList<string> RateValues { get; init; } = [];

    /// <summary>Custom boolean <c>valueTrue</c>; null means JSON <c>true</c>.</summary>
    public string? ValueTrue { get; init; }

    /// <summary>Custom boolean <c>valueFalse</c>; null means JSON <c>false</c>.</summary>
    public string? ValueFalse { get; init; }

    /// <summary>Text question <c>inputType</c>, lower-cased; <c>number</c> and <c>range</c> answers are JSON numbers.</summary>
    public string? InputType { get; init; }
}
