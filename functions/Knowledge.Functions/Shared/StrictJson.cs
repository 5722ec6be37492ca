using System.Diagnostics.CodeAnalysis;

namespace Knowledge.Shared;

/// <summary>
/// Parses JSON so that whatever is wrong with it shows here, as an error, never later in the code that reads the result:
/// System.Text.Json checks the syntax when it parses but decodes names and strings only when they are read (bytes that
/// are not UTF-8, or an escaped lone surrogate such as <c>"\ud800"</c>, then throw InvalidOperationException), and a
/// repeated name would throw ArgumentException when its object is first read.
/// </summary>
internal static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowDuplicateProperties = false };

    public static bool TryParse(ReadOnlySpan<byte> utf8, out JsonNode? node, [NotNullWhen(false)] out string? error)
    {
        // RFC 8259 lets a parser ignore a byte order mark, and Windows tools write one.
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        node = null;
        try
        {
            var parsed = JsonNode.Parse(utf8, documentOptions: Options);
            ReadEveryString(parsed);
            node = parsed;
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = ex.LineNumber is { } line
                ? $"Malformed JSON at line {line + 1}, position {ex.BytePositionInLine + 1}."
                : $"Malformed JSON: {ex.Message}";
            return false;
        }
        catch (InvalidOperationException)
        {
            error = "Malformed JSON: a name or string is not valid Unicode text (an escaped lone surrogate such as \\ud800, or bytes that are not UTF-8).";
            return false;
        }
    }

    private static void ReadEveryString(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    ReadEveryString(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    ReadEveryString(item);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                value.GetValue<string>();
                break;
        }
    }
}
