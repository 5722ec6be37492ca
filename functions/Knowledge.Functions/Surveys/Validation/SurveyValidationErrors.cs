namespace Knowledge.Surveys;

/// <summary>Collects messages per key in the order found, in the shape of ASP.NET's validation problem details.</summary>
internal sealed class SurveyValidationErrors
{
    private readonly Dictionary<string, List<string>> messages = new(StringComparer.Ordinal);

    public void Add(string key, string message)
    {
        if (!messages.TryGetValue(key, out var list))
        {
            list = [];
            messages.Add(key, list);
        }

        list.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        messages.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);
}
