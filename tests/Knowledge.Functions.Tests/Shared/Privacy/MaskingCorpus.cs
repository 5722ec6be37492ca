using System.Text.Json.Nodes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Shared.Privacy;

/// <summary>
/// Corpus/masking.jsonl: one line per text as people type it, {"text", "expect", "note"}. "expect" is the masked
/// text, or the kinds masked in reading order, where [] means the text is kept as it is.
/// </summary>
internal static class MaskingCorpus
{
    public static IReadOnlyList<MaskingCase> Cases { get; } = Load();

    /// <summary>The lines that give their masked text, as (text, masked text).</summary>
    public static TheoryData<string, string> MaskedTexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in Cases.Where(c => c.Expect is JsonValue))
        {
            data.Add(entry.Text, entry.Expect.GetValue<string>());
        }

        return data;
    }

    private static List<MaskingCase> Load()
    {
        var path = RepositoryRoot.Combine("tests", "Knowledge.Functions.Tests", "Shared", "Privacy", "Corpus", "masking.jsonl");
        return [.. File.ReadAllLines(path)
            .Select((line, i) => (line, number: i + 1))
            .Where(l => l.line.Length > 0)
            .Select(l =>
            {
                var entry = JsonNode.Parse(l.line)!.AsObject();
                return new MaskingCase(l.number, entry["text"]!.GetValue<string>(), entry["expect"]!, entry["note"]?.GetValue<string>() ?? "");
            })];
    }
}

internal sealed record MaskingCase(int Line, string Text, JsonNode Expect, string Note);
