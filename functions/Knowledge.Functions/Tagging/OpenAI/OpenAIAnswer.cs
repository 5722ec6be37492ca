namespace Knowledge.Tagging;

/// <summary>One tag as the model suggested it, before its quotes are found in the text.</summary>
internal sealed record OpenAIAnswerTag(string Tag, double Confidence, IReadOnlyList<string> Quotes);

/// <summary>Reads the model's JSON answer and holds it to the schema; strict mode should guarantee it, but we don't trust it blindly.</summary>
internal static class OpenAIAnswer
{
    public static IReadOnlyList<OpenAIAnswerTag> Read(string content, Codebook codebook)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException ex)
        {
            throw new OpenAITaggingException("The answer is not valid JSON.", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("tags", out var tags)
                || tags.ValueKind != JsonValueKind.Array)
            {
                throw new OpenAITaggingException("The answer has no tags array.");
            }

            return [.. tags.EnumerateArray().Select(item => ReadTag(item, codebook))];
        }
    }

    private static OpenAIAnswerTag ReadTag(JsonElement item, Codebook codebook)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("tag", out var tag) || tag.ValueKind != JsonValueKind.String
            || !item.TryGetProperty("confidence", out var confidence) || confidence.ValueKind != JsonValueKind.Number
            || !item.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array)
        {
            throw new OpenAITaggingException("A tag in the answer does not follow the schema.");
        }

        var name = tag.GetString()!;
        if (!codebook.Contains(name))
        {
            // The name is a codebook-shaped token, not the text; still, keep it out of the message.
            throw new OpenAITaggingException("The answer has a tag that is not in the codebook.");
        }

        if (quotes.EnumerateArray().Any(q => q.ValueKind != JsonValueKind.String))
        {
            throw new OpenAITaggingException("A quote in the answer is not a string.");
        }

        // The schema can't bound numbers in strict mode, so a stray 1.2 is clamped rather than failed.
        var value = Math.Clamp(confidence.GetDouble(), 0, 1);
        return new OpenAIAnswerTag(name, value, [.. quotes.EnumerateArray().Select(q => q.GetString()!)]);
    }
}
