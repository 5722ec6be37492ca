namespace Knowledge.Surveys;

/// <summary>One element of a SurveyJS definition and where it is ("pages[1].elements[0]").</summary>
internal sealed record SurveyElement(JsonObject Element, string Path, string? Type, string? Name)
{
    public bool IsQuestion => Type is not null and not SurveyQuestionTypes.Panel && !SurveyQuestionTypes.NonInput.Contains(Type);
}

/// <summary>Walks pages, elements and panels of a definition in document order; shapes it cannot walk are reported, not thrown.</summary>
internal static class SurveyElements
{
    public static IReadOnlyList<SurveyElement> All(JsonObject definition, Action<string, string>? problem = null)
    {
        var found = new List<SurveyElement>();
        problem ??= (_, _) => { };
        if (definition["pages"] is { } pages)
        {
            if (pages is not JsonArray pageArray)
            {
                problem("pages", "Must be an array of pages.");
            }
            else
            {
                for (var i = 0; i < pageArray.Count; i++)
                {
                    if (pageArray[i] is JsonObject page)
                    {
                        Container(page, $"pages[{i}]", found, problem);
                    }
                    else
                    {
                        problem($"pages[{i}]", "Must be an object.");
                    }
                }
            }
        }

        Container(definition, "", found, problem);
        return found;
    }

    /// <summary>The input questions by name (the first of a duplicated name).</summary>
    public static IReadOnlyDictionary<string, SurveyElement> Questions(JsonObject definition)
    {
        var questions = new Dictionary<string, SurveyElement>(StringComparer.Ordinal);
        foreach (var element in All(definition).Where(e => e.IsQuestion && e.Name is not null))
        {
            questions.TryAdd(element.Name!, element);
        }

        return questions;
    }

    private static void Container(JsonObject container, string path, List<SurveyElement> found, Action<string, string> problem)
    {
        foreach (var property in new[] { "elements", "questions" })
        {
            if (container[property] is not { } elements)
            {
                continue;
            }

            var elementsPath = path.Length == 0 ? property : $"{path}.{property}";
            if (elements is not JsonArray array)
            {
                problem(elementsPath, "Must be an array of elements.");
                continue;
            }

            for (var i = 0; i < array.Count; i++)
            {
                var elementPath = $"{elementsPath}[{i}]";
                if (array[i] is not JsonObject element)
                {
                    problem(elementPath, "Must be an object.");
                    continue;
                }

                var type = SurveyJsonValues.GetString(element, "type")?.Trim().ToLowerInvariant();
                var name = SurveyJsonValues.GetString(element, "name")?.Trim();
                found.Add(new SurveyElement(element, elementPath, string.IsNullOrEmpty(type) ? null : type, string.IsNullOrEmpty(name) ? null : name));
                if (type == SurveyQuestionTypes.Panel)
                {
                    Container(element, elementPath, found, problem);
                }
            }
        }
    }
}
