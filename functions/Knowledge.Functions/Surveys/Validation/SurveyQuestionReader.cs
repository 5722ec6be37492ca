namespace Knowledge.Surveys;

/// <summary>
/// Extracts the input questions of a SurveyJS definition. Titles and other display text
/// are never read, so localised (per-locale object) properties need no handling.
/// Throws <see cref="InvalidSurveyDefinitionException"/> for any definition whose answers
/// the server could not validate; it never returns a partial list. Questions of a type whose answers could not be
/// masked are read too and take no answer (see <see cref="ReadWithRefusals"/>).
/// </summary>
internal static class SurveyQuestionReader
{
    private const string NoneValue = "none";
    private const string OtherValue = "other";
    private const string RefusedValue = "refused";
    private const string DontKnowValue = "dontknow";

    public static IReadOnlyList<SurveyQuestion> Read(JsonObject definition) => ReadWithRefusals(definition).Questions;

    /// <summary>
    /// As <see cref="Read"/>, with the questions whose answers cannot be checked and masked, by the property at fault
    /// ("pages[0].elements[2].type", "….columns[1].cellType"). They take no answer, so a version published before
    /// their type was refused still takes answers that leave them empty; a new version must not have them.
    /// </summary>
    public static (IReadOnlyList<SurveyQuestion> Questions, IReadOnlyDictionary<string, string> Refused) ReadWithRefusals(JsonObject definition)
    {
        ArgumentNullException.ThrowIfNull(definition);

        var survey = new SurveySettings(
            MaxTextLength: SurveyJsonValues.TryGetNumber(definition["maxTextLength"], out var max) && max > 0
                ? (int)Math.Min(max, int.MaxValue)
                : null,
            StoresOthersAsComment: !SurveyJsonValues.IsFalse(definition["storeOthersAsComment"]),
            Refused: new Dictionary<string, string>(StringComparer.Ordinal));
        var questions = new List<SurveyQuestion>();

        if (definition["pages"] is { } pages)
        {
            var pageArray = AsArray(pages, "pages");
            for (var i = 0; i < pageArray.Count; i++)
            {
                var path = $"pages[{i}]";
                var page = AsObject(pageArray[i], path);
                ReadContainer(page, path, IsConditionalContainer(page), survey, questions);
            }
        }

        // Single-page surveys may put their elements at the top level.
        ReadContainer(definition, "", inheritedConditional: false, survey, questions);

        if (questions.Count == 0)
        {
            throw new InvalidSurveyDefinitionException("The survey defines no input questions.");
        }

        CheckNamesAreUnique(questions, where: null);
        return (questions, survey.Refused);
    }

    // "questions" is the legacy SurveyJS alias of "elements".
    private static readonly string[] ElementProperties = ["elements", "questions"];

    private static void ReadContainer(
        JsonObject container, string path, bool inheritedConditional, SurveySettings survey, List<SurveyQuestion> questions,
        string[]? properties = null)
    {
        foreach (var property in properties ?? ElementProperties)
        {
            if (container[property] is not { } elements)
            {
                continue;
            }

            var elementsPath = path.Length == 0 ? property : $"{path}.{property}";
            var elementArray = AsArray(elements, elementsPath);
            for (var i = 0; i < elementArray.Count; i++)
            {
                var elementPath = $"{elementsPath}[{i}]";
                ReadElement(AsObject(elementArray[i], elementPath), elementPath, inheritedConditional, survey, questions);
            }
        }
    }

    private static void ReadElement(
        JsonObject element, string path, bool inheritedConditional, SurveySettings survey, List<SurveyQuestion> questions)
    {
        var type = SurveyJsonValues.GetString(element, "type")?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(type))
        {
            throw new InvalidSurveyDefinitionException($"{path} has no type.");
        }

        if (type == SurveyQuestionTypes.Panel)
        {
            ReadContainer(element, path, inheritedConditional || IsConditionalContainer(element), survey, questions);
            return;
        }

        if (SurveyQuestionTypes.NonInput.Contains(type))
        {
            return;
        }

        if (SurveyQuestionTypes.Refusal(type) is { } refusal)
        {
            survey.Refused[$"{path}.type"] = refusal;
        }

        questions.Add(ReadQuestion(element, type, path, inheritedConditional, survey));
    }

    private static SurveyQuestion ReadQuestion(
        JsonObject element, string type, string path, bool inheritedConditional, SurveySettings survey)
    {
        var name = SurveyJsonValues.GetString(element, "name")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new InvalidSurveyDefinitionException($"{path} ({type}) has no name.");
        }

        var at = $"{path} ('{name}')";
        RejectUnsupportedShapes(element, type, at, survey);

        var showsOther = SurveyJsonValues.IsTrue(element["showOtherItem"]) || SurveyJsonValues.IsTrue(element["hasOther"]);
        var exclusive = new List<string>();
        var choices = ReadItemValues(element["choices"], $"{at}.choices", exclusive);
        // Choices from a URL or another question arrive at run time, and custom choices are typed by the respondent.
        var acceptsAnyChoice = choices.Count == 0
            || element["choicesByUrl"] is not null
            || SurveyJsonValues.HasText(element, "choicesFromQuestion")
            || SurveyJsonValues.IsTrue(element["allowCustomChoices"]);
        AddSpecialItem(choices, exclusive, element, ["showNoneItem", "hasNone"], NoneValue);
        AddSpecialItem(choices, exclusive, element, ["showRefuseItem"], RefusedValue);
        AddSpecialItem(choices, exclusive, element, ["showDontKnowItem"], DontKnowValue);
        if (showsOther && !choices.Contains(OtherValue))
        {
            choices.Add(OtherValue);
        }

        var isConditional = inheritedConditional
            || SurveyJsonValues.HasText(element, "visibleIf")
            || SurveyJsonValues.HasText(element, "enableIf")
            || SurveyJsonValues.HasText(element, "requiredIf")
            || SurveyJsonValues.IsFalse(element["visible"]);
        var question = new SurveyQuestion
        {
            Name = name,
            Type = type,
            IsRequired = SurveyJsonValues.IsTrue(element["isRequired"]),
            IsConditional = isConditional,
            AcceptsAnyChoice = acceptsAnyChoice,
            ChoiceValues = choices,
            ExclusiveValues = exclusive,
            AllowsComment = showsOther
                || SurveyJsonValues.IsTrue(element["showCommentArea"])
                || SurveyJsonValues.IsTrue(element["hasComment"]),
            MaxLength = ReadMaxLength(element, type, survey),
            InputType = SurveyJsonValues.GetString(element, "inputType")?.Trim().ToLowerInvariant(),
            ValueTrue = SurveyJsonValues.TryGetScalarText(element["valueTrue"], out var valueTrue) ? valueTrue : null,
            ValueFalse = SurveyJsonValues.TryGetScalarText(element["valueFalse"], out var valueFalse) ? valueFalse : null,
        };

        question = type switch
        {
            SurveyQuestionTypes.Matrix => question with
            {
                Rows = ReadItemValues(element["rows"], $"{at}.rows", []),
                Columns = ReadItemValues(element["columns"], $"{at}.columns", []),
            },
            SurveyQuestionTypes.MatrixDropdown => question with
            {
                Rows = ReadItemValues(element["rows"], $"{at}.rows", []),
                Nested = ReadColumns(element, path, isConditional, survey),
            },
            SurveyQuestionTypes.MatrixDynamic => question with { Nested = ReadColumns(element, path, isConditional, survey) },
            SurveyQuestionTypes.MultipleText => question with { Nested = ReadItems(element, path, isConditional, survey) },
            SurveyQuestionTypes.PanelDynamic => question with { Nested = ReadTemplate(element, path, isConditional, survey) },
            _ => question,
        };

        return type == SurveyQuestionTypes.Rating ? WithRatingScale(question, element, at) : question;
    }

    /// <summary>A multipletext question's items: text questions, each a key of the answer object.</summary>
    private static List<SurveyQuestion> ReadItems(JsonObject element, string path, bool isConditional, SurveySettings survey)
    {
        var items = new List<SurveyQuestion>();
        var array = element["items"] is { } node ? AsArray(node, $"{path}.items") : [];
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}.items[{i}]";
            items.Add(ReadQuestion(AsObject(array[i], itemPath), SurveyQuestionTypes.Text, itemPath, isConditional, survey));
        }

        CheckNamesAreUnique(items, $"{path}.items");
        return items;
    }

    /// <summary>
    /// The columns of a matrixdropdown or matrixdynamic question, each read as the question its cells are: the
    /// column's cellType and choices, or else the matrix's (whose cellType defaults to dropdown).
    /// </summary>
    private static List<SurveyQuestion> ReadColumns(JsonObject element, string path, bool isConditional, SurveySettings survey)
    {
        var columns = new List<SurveyQuestion>();
        var array = element["columns"] is { } node ? AsArray(node, $"{path}.columns") : [];
        var matrixCellType = CellType(element) ?? SurveyQuestionTypes.Dropdown;
        for (var i = 0; i < array.Count; i++)
        {
            var columnPath = $"{path}.columns[{i}]";
            var column = AsObject(array[i], columnPath);
            var cellType = CellType(column) ?? matrixCellType;
            if (SurveyQuestionTypes.CellRefusal(cellType) is { } refusal)
            {
                survey.Refused[$"{columnPath}.cellType"] = refusal;
            }

            if (SurveyQuestionTypes.NonInput.Contains(cellType))
            {
                continue;
            }

            var cell = column.DeepClone().AsObject();
            cell["choices"] ??= element["choices"]?.DeepClone();
            columns.Add(ReadQuestion(cell, cellType, columnPath, isConditional, survey));
        }

        CheckNamesAreUnique(columns, $"{path}.columns");
        return columns;
    }

    /// <summary>A paneldynamic question's template: the questions each of its panels answers.</summary>
    private static List<SurveyQuestion> ReadTemplate(JsonObject element, string path, bool isConditional, SurveySettings survey)
    {
        var template = new List<SurveyQuestion>();
        ReadContainer(element, path, isConditional, survey, template, ["templateElements"]);
        CheckNamesAreUnique(template, $"{path}.templateElements");
        return template;
    }

    private static string? CellType(JsonObject element) =>
        SurveyJsonValues.GetString(element, "cellType")?.Trim().ToLowerInvariant() is { Length: > 0 } type && type != "default" ? type : null;

    // These options change how SurveyJS shapes the stored value; validating them would
    // need a different data model, so refuse the definition instead of rejecting every answer.
    private static void RejectUnsupportedShapes(JsonObject element, string type, string at, SurveySettings survey)
    {
        if (SurveyJsonValues.HasText(element, "valueName"))
        {
            throw new InvalidSurveyDefinitionException($"{at} uses valueName, which is not supported.");
        }

        if (SurveyJsonValues.HasText(element, "valuePropertyName"))
        {
            throw new InvalidSurveyDefinitionException($"{at} uses valuePropertyName, which is not supported.");
        }

        // The question's own setting is "default" unless it overrides the survey's.
        var own = element["storeOthersAsComment"];
        var storesOthersAsComment = SurveyJsonValues.IsTrue(own)
            || (!SurveyJsonValues.IsFalse(own) && survey.StoresOthersAsComment);
        if (!storesOthersAsComment
            && (SurveyJsonValues.IsTrue(element["showOtherItem"]) || SurveyJsonValues.IsTrue(element["hasOther"])))
        {
            throw new InvalidSurveyDefinitionException(
                $"{at} stores the 'other' text in the value (storeOthersAsComment: false), which is not supported.");
        }

        var cellType = SurveyJsonValues.GetString(element, "cellType");
        if (type == SurveyQuestionTypes.Matrix
            && cellType is not null
            && !string.Equals(cellType, "radio", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidSurveyDefinitionException($"{at} uses cellType '{cellType}'; only single-choice matrices are supported.");
        }
    }

    private static void AddSpecialItem(
        List<string> choices, List<string> exclusive, JsonObject element, string[] flags, string value)
    {
        if (!flags.Any(flag => SurveyJsonValues.IsTrue(element[flag])))
        {
            return;
        }

        if (!choices.Contains(value))
        {
            choices.Add(value);
        }

        if (!exclusive.Contains(value))
        {
            exclusive.Add(value);
        }
    }

    private static int? ReadMaxLength(JsonObject element, string type, SurveySettings survey)
    {
        // SurveyJS: 0 means unlimited and -1 inherits the survey's maxTextLength; the server
        // then falls back to its own caps rather than accepting unbounded text.
        if (SurveyJsonValues.TryGetNumber(element["maxLength"], out var maxLength) && maxLength > 0)
        {
            return (int)Math.Min(maxLength, int.MaxValue);
        }

        return type is SurveyQuestionTypes.Text or SurveyQuestionTypes.Comment ? survey.MaxTextLength : null;
    }

    private static SurveyQuestion WithRatingScale(SurveyQuestion question, JsonObject element, string at)
    {
        var rateValues = ReadItemValues(element["rateValues"], $"{at}.rateValues", []);
        if (rateValues.Count > 0)
        {
            return question with { RateValues = rateValues };
        }

        var min = SurveyJsonValues.TryGetNumber(element["rateMin"], out var rateMin) ? rateMin : 1;
        var step = SurveyJsonValues.TryGetNumber(element["rateStep"], out var rateStep) ? rateStep : 1;
        var max = SurveyJsonValues.TryGetNumber(element["rateMax"], out var rateMax) ? rateMax
            : SurveyJsonValues.TryGetNumber(element["rateCount"], out var rateCount) ? min + (step * (rateCount - 1))
            : 5;

        if (step <= 0 || max < min)
        {
            throw new InvalidSurveyDefinitionException(
                $"{at} has an empty rating range ({SurveyJsonValues.FormatNumber(min)} to {SurveyJsonValues.FormatNumber(max)} in steps of {SurveyJsonValues.FormatNumber(step)}).");
        }

        return question with { RateMin = min, RateMax = max, RateStep = step };
    }

    /// <summary>Reads SurveyJS ItemValues: primitives or objects with a <c>value</c>.</summary>
    private static List<string> ReadItemValues(JsonNode? items, string path, List<string> exclusive)
    {
        var values = new List<string>();
        if (items is null)
        {
            return values;
        }

        var array = AsArray(items, path);
        for (var i = 0; i < array.Count; i++)
        {
            var item = array[i];
            var valueNode = item is JsonObject itemObject ? itemObject["value"] : item;
            if (!SurveyJsonValues.TryGetScalarText(valueNode, out var value))
            {
                throw new InvalidSurveyDefinitionException($"{path}[{i}] has no string or number value.");
            }

            values.Add(value);
            if (item is JsonObject withFlags && SurveyJsonValues.IsTrue(withFlags["isExclusive"]))
            {
                exclusive.Add(value);
            }
        }

        return values;
    }

    private static bool IsConditionalContainer(JsonObject container) =>
        SurveyJsonValues.HasText(container, "visibleIf")
        || SurveyJsonValues.HasText(container, "enableIf")
        || SurveyJsonValues.IsFalse(container["visible"]);

    /// <summary>Names are unique among the questions of the survey, and among those of each nested question.</summary>
    private static void CheckNamesAreUnique(List<SurveyQuestion> questions, string? where)
    {
        var within = where is null ? "" : $" within {where}";
        var duplicates = questions
            .GroupBy(question => question.Name, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"'{group.Key}'")
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidSurveyDefinitionException(
                $"Question names must be unique{within}; used more than once: {string.Join(", ", duplicates)}.");
        }

        // A question literally named "x-Comment" would collide with x's comment value.
        var names = questions.Select(question => question.Name).ToHashSet(StringComparer.Ordinal);
        var collision = questions.FirstOrDefault(question => question.AllowsComment && names.Contains(question.CommentKey));
        if (collision is not null)
        {
            throw new InvalidSurveyDefinitionException(
                $"Question name '{collision.CommentKey}' collides with the comment value of question '{collision.Name}'{within}.");
        }
    }

    private static JsonArray AsArray(JsonNode node, string path) =>
        node as JsonArray ?? throw new InvalidSurveyDefinitionException($"{path} must be an array.");

    private static JsonObject AsObject(JsonNode? node, string path) =>
        node as JsonObject ?? throw new InvalidSurveyDefinitionException($"{path} must be an object.");

    private sealed record SurveySettings(int? MaxTextLength, bool StoresOthersAsComment, Dictionary<string, string> Refused);
}
