using Knowledge.Shared.Vocabulary;
using Knowledge.Tagging;

namespace Knowledge.Surveys;

/// <summary>
/// What a survey version must satisfy before it is published: SurveyJS JSON the server can validate answers
/// against, with the questions the service and the needs aggregation read, and the next version number.
/// Errors are keyed by where they are ("definition.pages[1].elements[0].name").
/// </summary>
internal static class SurveyDefinitionRules
{
    public const string Municipality = "municipality";
    public const string SizeClass = "sizeClass";
    public const string Sector = "sector";
    public const string Challenges = "challenges";

    private const string Root = "definition";

    /// <summary>The questions the intake and the aggregation read; every version must keep them.</summary>
    public static readonly IReadOnlyList<string> Required = [Municipality, SizeClass, Sector, Challenges];

    private static readonly string[] SingleChoice = [SurveyQuestionTypes.Dropdown, SurveyQuestionTypes.RadioGroup];

    public static IDictionary<string, string[]> Check(JsonNode? definition, int version, int latestPublished, Codebook codebook)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string path, string message)
        {
            var key = path.Length == 0 ? Root : $"{Root}.{path}";
            if (!errors.TryGetValue(key, out var messages))
            {
                errors[key] = messages = [];
            }

            messages.Add(message);
        }

        if (version != latestPublished + 1)
        {
            errors["version"] = [$"Must be {latestPublished + 1}, the version after the latest published ({latestPublished})."];
        }

        if (definition is not JsonObject survey)
        {
            Add("", "Must be a JSON object with pages or elements.");
            return Finish(errors);
        }

        if (survey["pages"] is null && survey["elements"] is null && survey["questions"] is null)
        {
            Add("", "Must have pages (or elements) holding the questions.");
        }

        var elements = SurveyElements.All(survey, Add);
        var firstByName = new Dictionary<string, SurveyElement>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (element.Type is null)
            {
                Add($"{element.Path}.type", "Required: the SurveyJS type of the element (text, radiogroup, checkbox, panel …).");
                continue;
            }

            if (!element.IsQuestion)
            {
                continue;
            }

            if (SurveyQuestionTypes.Refusal(element.Type) is { } refusal)
            {
                Add($"{element.Path}.type", refusal);
            }

            if (element.Name is null)
            {
                Add($"{element.Path}.name", "Required: every question needs a name, the key of its answer.");
            }
            else if (!firstByName.TryAdd(element.Name, element))
            {
                Add($"{element.Path}.name", $"The name '{element.Name}' is already used by the question at {Root}.{firstByName[element.Name].Path}; names must be unique.");
            }
        }

        foreach (var name in Required)
        {
            if (!firstByName.ContainsKey(name))
            {
                Add("", $"The question '{name}' is missing; the service and the needs aggregation read it, so every version must keep it.");
            }
        }

        if (firstByName.TryGetValue(Municipality, out var municipality))
        {
            RequireType(municipality, [SurveyQuestionTypes.Dropdown], Add);
        }

        if (firstByName.TryGetValue(SizeClass, out var sizeClass) && RequireType(sizeClass, SingleChoice, Add))
        {
            RequireExactly(sizeClass, CompanyClassification.SizeClasses, "size class", Add);
        }

        if (firstByName.TryGetValue(Sector, out var sector) && RequireType(sector, SingleChoice, Add))
        {
            RequireExactly(sector, CompanyClassification.Sectors, "SNI 2007 section (A–U)", Add);
        }

        if (firstByName.TryGetValue(Challenges, out var challenges) && RequireType(challenges, [SurveyQuestionTypes.Checkbox], Add))
        {
            foreach (var (value, path) in ChoiceValues(challenges, Add))
            {
                if (!codebook.Contains(value))
                {
                    Add(path, $"{Challenges} has an item '{value}' that is no codebook tag (tags: {string.Join(", ", codebook.Tags.Select(t => t.Tag))}).");
                }
            }
        }

        // Last, so its message adds to the precise ones above: the reader is what validates answers, and it also reads
        // inside multipletext items, matrix columns and dynamic panels.
        if (errors.Keys.All(k => k == "version"))
        {
            try
            {
                foreach (var (path, refusal) in SurveyQuestionReader.ReadWithRefusals(survey).Refused)
                {
                    Add(path, refusal);
                }
            }
            catch (InvalidSurveyDefinitionException ex)
            {
                Add("", ex.Message);
            }
        }

        return Finish(errors);
    }

    private static bool RequireType(SurveyElement question, string[] types, Action<string, string> add)
    {
        if (types.Contains(question.Type))
        {
            return true;
        }

        add($"{question.Path}.type", $"{question.Name} must be of type {string.Join(" or ", types)}, not {question.Type}.");
        return false;
    }

    private static void RequireExactly(SurveyElement question, IReadOnlyList<string> allowed, string what, Action<string, string> add)
    {
        var values = ChoiceValues(question, add);
        foreach (var (value, path) in values.Where(v => !allowed.Contains(v.Value)))
        {
            add(path, $"{question.Name} has an item '{value}' that is no {what}; allowed: {string.Join(", ", allowed)}.");
        }

        var missing = allowed.Except(values.Select(v => v.Value)).ToList();
        if (missing.Count > 0)
        {
            add($"{question.Path}.choices", $"{question.Name} must offer every {what}; missing: {string.Join(", ", missing)}.");
        }
    }

    private static List<(string Value, string Path)> ChoiceValues(SurveyElement question, Action<string, string> add)
    {
        var values = new List<(string, string)>();
        var path = $"{question.Path}.choices";
        if (question.Element["choices"] is not JsonArray choices)
        {
            add(path, $"{question.Name} must have choices.");
            return values;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            var item = choices[i];
            var value = item is JsonObject itemObject ? itemObject["value"] : item;
            if (SurveyJsonValues.TryGetScalarText(value, out var text))
            {
                values.Add((text, $"{path}[{i}]"));
            }
            else
            {
                add($"{path}[{i}]", "Must be a value or an object with a value.");
            }
        }

        return values;
    }

    private static Dictionary<string, string[]> Finish(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
