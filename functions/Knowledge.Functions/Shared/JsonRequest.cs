using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

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
        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, Problems.TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Invalid("body", "A JSON object is required."));
        }

        // A browser sends a cross-site form or text/plain body without asking first; a JSON type it does not.
        if (!anyMediaType && !IsJson(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType("application/json"));
        }

        try
        {
            var node = JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
            return node is JsonObject body
                ? (body, null)
                : (null, Problems.Invalid("body", "The body must be a JSON object."));
        }
        catch (JsonException ex)
        {
            return (null, Problems.Invalid("body", $"Malformed JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}."));
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Value is { } mediaType
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
