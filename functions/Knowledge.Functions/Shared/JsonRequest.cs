namespace Knowledge.Shared;

/// <summary>
/// Reads a JSON object body with a size cap. Bodies are parsed here rather than model-bound so that
/// malformed JSON, wrong types and oversized bodies become 4xx problems naming the field, never a 500.
/// </summary>
internal static class JsonRequest
{
    public const long DefaultMaxBytes = 256 * 1024;

    public static async Task<(JsonObject? Body, IResult? Problem)> ReadObjectAsync(
        HttpRequest request, CancellationToken cancellationToken, long maxBytes = DefaultMaxBytes, bool anyMediaType = false)
    {
        var (utf8, problem) = await RequestBody.ReadAsync(request, anyMediaType ? null : RequestBody.Json, maxBytes, cancellationToken);
        if (utf8 is null)
        {
            return (null, problem);
        }

        if (utf8.Length == 0)
        {
            return (null, Problems.Invalid("body", "A JSON object is required."));
        }

        if (!StrictJson.TryParse(utf8, out var node, out var error))
        {
            return (null, Problems.Invalid("body", error));
        }

        return node is JsonObject body
            ? (body, null)
            : (null, Problems.Invalid("body", "The body must be a JSON object."));
    }
}
