using System.Buffers;
using System.Text.Unicode;
using Microsoft.Net.Http.Headers;

namespace Knowledge.Shared;

/// <summary>
/// Reads a request body up to a size, as UTF-8 text of one media type. Every body this API takes is UTF-8 (JSON by
/// RFC 8259, REFI-QDA XML as the QDA tools write it), so a body that is not, or whose charset names another encoding,
/// is refused here, once for every endpoint, rather than by a parser that decodes lazily and throws later.
/// </summary>
internal static class RequestBody
{
    /// <summary>Accepted media types, the first named in the 415; one starting with '+' is a structured-syntax suffix.</summary>
    public static readonly string[] Json = ["application/json", "+json"];

    public static readonly string[] Xml = ["application/xml", "text/xml", "+xml"];

    /// <summary>The body's bytes (empty when none was sent, whatever its type), or the problem to answer.</summary>
    /// <param name="mediaTypes">Null to read any type: Static Web Apps' own sign-in payload comes as it comes.</param>
    public static async Task<(byte[]? Utf8, IResult? Problem)> ReadAsync(HttpRequest request, string[]? mediaTypes, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, Problems.TooLarge(maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // The server found the body's framing broken (a chunk size that does not parse, a body cut short). It is an
            // IOException, which FunctionFailure would take for unreachable storage and answer 503.
            return (null, Problems.Invalid("body", ex.Message));
        }

        if (buffer.Length == 0)
        {
            return ([], null);
        }

        // A browser sends a cross-site form or text/plain body without asking first; a JSON or XML type it does not.
        if (mediaTypes is not null && !IsUtf8Of(request.ContentType, mediaTypes))
        {
            return (null, Problems.UnsupportedMediaType(mediaTypes[0]));
        }

        var bytes = buffer.ToArray();
        return InvalidUtf8At(bytes) is { } at
            ? (null, Problems.Invalid("body", $"The body must be UTF-8 text; the bytes from offset {at} are not."))
            : (bytes, null);
    }

    private static bool IsUtf8Of(string? contentType, string[] mediaTypes) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Value is { } mediaType
        && mediaTypes.Any(t => t.StartsWith('+') ? mediaType.EndsWith(t, StringComparison.OrdinalIgnoreCase) : mediaType.Equals(t, StringComparison.OrdinalIgnoreCase))
        && HeaderUtilities.RemoveQuotes(parsed.Charset) is var charset
        && (!charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static int? InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var at = 0;
        while (Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == OperationStatus.Done)
        {
            at += consumed;
        }

        return at;
    }
}
