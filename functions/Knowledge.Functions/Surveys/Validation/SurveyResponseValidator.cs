namespace Knowledge.Surveys;

/// <summary>
/// Checks submitted SurveyJS answer data against the questions of its definition.
/// The browser already validated the answer; this guards the server against tampered or
/// stale clients, so it checks shape and allowed values but never evaluates SurveyJS conditions.
/// </summary>
internal static class SurveyResponseValidator
{
    public const int DefaultTextMaxLength = 500;
    public const int DefaultCommentMaxLength = 4000;
    public const int CommentValueMaxLength = 500;
    public const int FreeChoiceMaxLength = 100;
    public const int MaxEntries = 100;

    private const string DataKey = "data";

    /// <summary>
    /// Returns errors keyed <c>data.&lt;questionName&gt;</c> (or <c>data.&lt;unknownKey&gt;</c>, a nested key such as
    /// <c>data.q[0].column</c>, or <c>data</c> when the whole object is missing); empty when the answer is valid.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Validate(IReadOnlyList<SurveyQuestion> questions, JsonObject? data)
    {
        ArgumentNullException.ThrowIfNull(questions);

        var errors = new SurveyValidationErrors();
        if (data is null)
        {
            errors.Add(DataKey, "Must be a JSON object.");
            return errors.ToDictionary();
        }

        CheckObject(questions, data, DataKey, errors);
        return errors.ToDictionary();
    }

    /// <summary>Checks one answer object: the survey's data, a multipletext answer, a matrix row or a dynamic panel.</summary>
    private static void CheckObject(IReadOnlyList<SurveyQuestion> questions, JsonObject data, string prefix, SurveyValidationErrors errors)
    {
        var questionsByName = new Dictionary<string, SurveyQuestion>(StringComparer.Ordinal);
        var commentOwners = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            questionsByName.TryAdd(question.Name, question);
            if (question.AllowsComment)
            {
                commentOwners.Add(question.CommentKey);
            }
        }

        foreach (var question in questions)
        {
            var key = $"{prefix}.{question.Name}";
            data.TryGetPropertyValue(question.Name, out var value);
            if (IsEmpty(value))
            {
                // Conditional questions may be hidden in the browser, so only it can tell if they were required.
                if (question.IsRequired && !question.IsConditional)
                {
                    errors.Add(key, "Required.");
                }

                continue;
            }

            if (SurveyQuestionTypes.Nesting.Contains(question.Type))
            {
                CheckNested(question, value!, key, errors);
                continue;
            }

            foreach (var message in CheckValue(question, value!))
            {
                errors.Add(key, message);
            }
        }

        foreach (var (key, value) in data)
        {
            if (questionsByName.ContainsKey(key))
            {
                continue;
            }

            var errorKey = $"{prefix}.{key}";
            if (!commentOwners.Contains(key))
            {
                errors.Add(errorKey, "Not a question in this survey.");
            }
            else if (value is not null && CheckText(value, CommentValueMaxLength) is { } message)
            {
                errors.Add(errorKey, message);
            }
        }
    }

    /// <summary>The parts of a nested answer are answer objects of their own, checked against the nested questions.</summary>
    private static void CheckNested(SurveyQuestion question, JsonNode value, string key, SurveyValidationErrors errors)
    {
        switch (question.Type, value)
        {
            case (SurveyQuestionTypes.MultipleText, JsonObject items):
                CheckObject(question.Nested, items, key, errors);
                break;
            case (SurveyQuestionTypes.MatrixDropdown, JsonObject rows):
                foreach (var (row, cells) in rows)
                {
                    if (!question.Rows.Contains(row, StringComparer.Ordinal))
                    {
                        errors.Add(key, $"{Quote(row)} is not one of the rows: {string.Join(", ", question.Rows)}.");
                    }
                    else if (cells is JsonObject answers)
                    {
                        CheckObject(question.Nested, answers, $"{key}.{row}", errors);
                    }
                    else if (!IsEmpty(cells))
                    {
                        errors.Add($"{key}.{row}", "Must be an object with one answer per column.");
                    }
                }

                break;
            case (SurveyQuestionTypes.MatrixDynamic or SurveyQuestionTypes.PanelDynamic, JsonArray entries):
                if (entries.Count > MaxEntries)
                {
                    errors.Add(key, $"At most {MaxEntries} entries.");
                    break;
                }

                for (var i = 0; i < entries.Count; i++)
                {
                    if (entries[i] is JsonObject entry)
                    {
                        CheckObject(question.Nested, entry, $"{key}[{i}]", errors);
                    }
                    else
                    {
                        errors.Add($"{key}[{i}]", "Must be an object.");
                    }
                }

                break;
            case (SurveyQuestionTypes.MultipleText, _):
                errors.Add(key, "Must be an object with one answer per item.");
                break;
            case (SurveyQuestionTypes.MatrixDropdown, _):
                errors.Add(key, "Must be an object with one answer object per row.");
                break;
            default:
                errors.Add(key, "Must be an array of objects.");
                break;
        }
    }

    /// <summary>Absent, null, blank strings and empty arrays/objects are "no answer"; <c>false</c> and <c>0</c> are answers.</summary>
    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        JsonValue scalar => scalar.GetValueKind() switch
        {
            JsonValueKind.Null => true,
            JsonValueKind.String => string.IsNullOrWhiteSpace(scalar.GetValue<string>()),
            _ => false,
        },
        _ => false,
    };

    private static IEnumerable<string> CheckValue(SurveyQuestion question, JsonNode value) => question.Type switch
    {
        SurveyQuestionTypes.Text => CheckTextQuestion(question, value),
        SurveyQuestionTypes.Comment => Single(CheckText(value, question.MaxLength ?? DefaultCommentMaxLength)),
        SurveyQuestionTypes.RadioGroup or SurveyQuestionTypes.Dropdown => Single(CheckSingleChoice(question.ChoiceValues, question.AcceptsAnyChoice, value)),
        SurveyQuestionTypes.Checkbox or SurveyQuestionTypes.TagBox => CheckMultipleChoice(question, value),
        SurveyQuestionTypes.Boolean => Single(CheckBoolean(question, value)),
        SurveyQuestionTypes.Rating => Single(CheckRating(question, value)),
        SurveyQuestionTypes.Matrix => CheckMatrix(question, value),
        // A type refused since its version was published (file, signaturepad …): its answer could not be masked.
        _ => [$"A {question.Type} question's answer cannot be checked and masked for personal data, so it takes none."],
    };

    private static IEnumerable<string> CheckTextQuestion(SurveyQuestion question, JsonNode value)
    {
        if (question.InputType is "number" or "range")
        {
            return value is JsonValue number && number.GetValueKind() == JsonValueKind.Number
                ? []
                : ["Must be a number."];
        }

        return Single(CheckText(value, question.MaxLength ?? DefaultTextMaxLength));
    }

    private static string? CheckText(JsonNode value, int maxLength)
    {
        if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
        {
            return "Must be a string.";
        }

        return text.GetValue<string>().Length > maxLength ? $"At most {maxLength} characters." : null;
    }

    private static string? CheckSingleChoice(IReadOnlyList<string> allowed, bool acceptsAny, JsonNode value)
    {
        if (!IsScalarChoice(value, out var choice))
        {
            return "Must be a single string or number.";
        }

        return CheckChoice(allowed, acceptsAny, value, choice);
    }

    private static IEnumerable<string> CheckMultipleChoice(SurveyQuestion question, JsonNode value)
    {
        if (value is not JsonArray items)
        {
            yield return "Must be an array.";
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is null || !IsScalarChoice(item, out var choice))
            {
                yield return "Each item must be a string or number.";
                continue;
            }

            if (!seen.Add(choice))
            {
                yield return $"{Quote(choice)} is selected more than once.";
                continue;
            }

            if (CheckChoice(question.ChoiceValues, question.AcceptsAnyChoice, item, choice) is { } error)
            {
                yield return error;
            }
        }

        if (seen.Count > 1)
        {
            foreach (var exclusive in question.ExclusiveValues.Where(seen.Contains))
            {
                yield return $"{Quote(exclusive)} cannot be combined with other values.";
            }
        }
    }

    private static string? CheckChoice(IReadOnlyList<string> allowed, bool acceptsAny, JsonNode value, string choice)
    {
        // Choices filled in at run time (e.g. the office's municipalities) or typed by the respondent: the caller
        // checks the value, and free text masks it; here only its shape is bounded.
        if (acceptsAny)
        {
            if (value.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(choice))
            {
                return "Must be a non-empty string.";
            }

            return choice.Length > FreeChoiceMaxLength ? $"At most {FreeChoiceMaxLength} characters." : null;
        }

        return allowed.Contains(choice, StringComparer.Ordinal)
            ? null
            : $"{Quote(choice)} is not one of the allowed values: {string.Join(", ", allowed)}.";
    }

    private static string? CheckBoolean(SurveyQuestion question, JsonNode value)
    {
        if (question.ValueTrue is null && question.ValueFalse is null)
        {
            return value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : "Must be true or false.";
        }

        var valueTrue = question.ValueTrue ?? "true";
        var valueFalse = question.ValueFalse ?? "false";
        return SurveyJsonValues.TryGetScalarText(value, out var text) && (text == valueTrue || text == valueFalse)
            ? null
            : $"Must be {Quote(valueTrue)} or {Quote(valueFalse)}.";
    }

    private static string? CheckRating(SurveyQuestion question, JsonNode value)
    {
        if (question.RateValues.Count > 0)
        {
            return CheckSingleChoice(question.RateValues, acceptsAny: false, value);
        }

        var min = SurveyJsonValues.FormatNumber(question.RateMin);
        var max = SurveyJsonValues.FormatNumber(question.RateMax);
        var expected = question.RateStep == 1
            ? $"Must be a number from {min} to {max}."
            : $"Must be a number from {min} to {max} in steps of {SurveyJsonValues.FormatNumber(question.RateStep)}.";

        var isValid = value.GetValueKind() == JsonValueKind.Number
            && SurveyJsonValues.TryGetNumber(value, out var rating)
            && rating >= question.RateMin
            && rating <= question.RateMax
            && (rating - question.RateMin) % question.RateStep == 0;
        return isValid ? null : expected;
    }

    private static IEnumerable<string> CheckMatrix(SurveyQuestion question, JsonNode value)
    {
        if (value is not JsonObject cells)
        {
            yield return "Must be an object with one answer per row.";
            yield break;
        }

        foreach (var (row, cell) in cells)
        {
            if (!question.Rows.Contains(row, StringComparer.Ordinal))
            {
                yield return $"{Quote(row)} is not one of the rows: {string.Join(", ", question.Rows)}.";
                continue;
            }

            if (IsEmpty(cell))
            {
                continue;
            }

            if (!IsScalarChoice(cell!, out var column) || !question.Columns.Contains(column, StringComparer.Ordinal))
            {
                var shown = SurveyJsonValues.TryGetScalarText(cell, out var text) ? Quote(text) : "The answer";
                yield return $"{shown} for row {Quote(row)} is not one of the allowed values: {string.Join(", ", question.Columns)}.";
            }
        }
    }

    private static bool IsScalarChoice(JsonNode value, out string choice)
    {
        choice = "";
        return value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
            && SurveyJsonValues.TryGetScalarText(value, out choice);
    }

    // Echoed user input is truncated so an error message stays short.
    private static string Quote(string value) =>
        value.Length <= 40 ? $"'{value}'" : $"'{value[..40]}…'";

    private static IEnumerable<string> Single(string? message) => message is null ? [] : [message];
}
