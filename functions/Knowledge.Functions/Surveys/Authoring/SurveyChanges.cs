namespace Knowledge.Surveys;

/// <summary>What a version changes against another: questions added, removed, and changed with the properties that differ.</summary>
public sealed record SurveyChanges(
    int Against,
    IReadOnlyList<SurveyQuestionChange> Added,
    IReadOnlyList<SurveyQuestionChange> Removed,
    IReadOnlyList<SurveyQuestionChange> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares questions by name; a question moved to another place counts as changed only if its own properties differ.</summary>
    public static SurveyChanges Between(int against, JsonObject before, JsonObject after)
    {
        var old = SurveyElements.Questions(before);
        var now = SurveyElements.Questions(after);

        var added = now.Values.Where(q => !old.ContainsKey(q.Name!)).Select(q => Change(q, [])).ToList();
        var removed = old.Values.Where(q => !now.ContainsKey(q.Name!)).Select(q => Change(q, [])).ToList();
        var changed = new List<SurveyQuestionChange>();
        foreach (var question in now.Values.Where(q => old.ContainsKey(q.Name!)))
        {
            var previous = old[question.Name!].Element;
            var properties = question.Element.Select(p => p.Key)
                .Union(previous.Select(p => p.Key), StringComparer.Ordinal)
                .Where(key => !JsonNode.DeepEquals(question.Element[key], previous[key]))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (properties.Count > 0)
            {
                changed.Add(Change(question, properties));
            }
        }

        return new SurveyChanges(against, added, removed, changed);
    }

    private static SurveyQuestionChange Change(SurveyElement question, IReadOnlyList<string> properties) =>
        new(question.Name!, question.Type!, $"definition.{question.Path}", question.Element["title"]?.DeepClone(), properties);
}

/// <summary>One question in <see cref="SurveyChanges"/>; <c>Path</c> is where it is in the version it is in.</summary>
public sealed record SurveyQuestionChange(string Name, string Type, string Path, JsonNode? Title, IReadOnlyList<string> Properties);
