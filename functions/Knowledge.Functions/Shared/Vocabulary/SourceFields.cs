namespace Knowledge.Shared.Vocabulary;

/// <summary>Reads sources ({"title": "…", "url": "https://…"}, url optional) for examples and establishments alike.</summary>
internal static class SourceFields
{
    private const string Shape = "{\"title\": \"…\", \"url\": \"https://…\"}";

    /// <summary>An optional array of at most 30 sources; empty when absent, null when any is bad.</summary>
    public static List<Source>? Sources(this FieldReader fields, JsonObject body, string field)
    {
        if (body[field] is null)
        {
            return [];
        }

        if (body[field] is not JsonArray array || array.Count > 30)
        {
            fields.AddError(field, $"Must be an array of at most 30 sources, each {Shape}.");
            return null;
        }

        var sources = new List<Source>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                fields.AddError($"{field}[{i}]", $"Must be an object {Shape}.");
                continue;
            }

            if (Read(fields.Item(item, field, i), item) is { } source)
            {
                sources.Add(source);
            }
        }

        return fields.IsValid ? sources : null;
    }

    /// <summary>An optional single source; null when absent or bad (then the error is named).</summary>
    public static Source? Source(this FieldReader fields, JsonObject body, string field)
    {
        if (body[field] is null)
        {
            return null;
        }

        if (fields.Nested(field) is not { } reader)
        {
            return null;
        }

        return Read(reader, body[field]!.AsObject());
    }

    private static Source? Read(FieldReader source, JsonObject item)
    {
        source.RejectUnknown("title", "url");
        var title = source.String("title", required: true, maxLength: 300);
        var url = item["url"] is null || item["url"]!.GetValueKind() == JsonValueKind.Null ? null : source.String("url", required: true, maxLength: 2_000);
        Uri? uri = null;
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out uri) || uri.Scheme is not ("https" or "http")))
        {
            source.AddError("url", "Must be an absolute http(s) address, e.g. https://www.example.se/rapport.pdf.");
            return null;
        }

        return title is null ? null : new Source(title, uri);
    }
}
