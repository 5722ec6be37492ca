using Lucene.Net.Search.Highlight;

namespace Knowledge.Examples;

/// <summary>Escapes only what HTML needs escaped, so "Luleå" stays readable instead of becoming "Lule&amp;#229;".</summary>
internal sealed class MarkupEncoder : IEncoder
{
    public static MarkupEncoder Instance { get; } = new();

    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return escaped.ToString();
    }
}
