using System.Text.RegularExpressions;

namespace Knowledge.Examples;

/// <summary>Markdown reduced to its words, so neither the index nor a snippet holds "##" or link targets.</summary>
internal static partial class MarkdownText
{
    public static string Strip(string markdown)
    {
        var text = Link().Replace(markdown, "$1");
        text = LineMarker().Replace(text, string.Empty);
        return Emphasis().Replace(text, string.Empty);
    }

    /// <summary>[text](url) and ![alt](url) keep only their text.</summary>
    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    /// <summary>Headings, quotes and list bullets at the start of a line.</summary>
    [GeneratedRegex(@"^[ \t]*(#{1,6}|>|[-+*](?=[ \t]))[ \t]*", RegexOptions.Multiline)]
    private static partial Regex LineMarker();

    [GeneratedRegex(@"[*_`#]")]
    private static partial Regex Emphasis();
}
