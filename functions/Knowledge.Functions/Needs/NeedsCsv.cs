using System.Globalization;
using System.Text;

namespace Knowledge.Needs;

/// <summary>
/// The report as CSV for Swedish Excel: UTF-8 with BOM, semicolons, decimal comma, one row per area and tag.
/// A suppressed figure is an empty cell with "ja" in the suppressed column.
/// </summary>
internal static class NeedsCsv
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static byte[] Write(NeedsReport report)
    {
        var csv = new StringBuilder();
        csv.Append("län;kod;namn;period från;period till;respondenter;utmaning;antal;andel;rang;undertryckt\r\n");
        Rows(csv, report, report.County, "Hela länet", report.Total.Respondents, report.Total.Tags);
        foreach (var m in report.Municipalities)
        {
            Rows(csv, report, m.Code, m.Name, m.Respondents, m.Tags);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Rows(StringBuilder csv, NeedsReport report, string code, string name, int? respondents, IReadOnlyList<TagFigure> tags)
    {
        foreach (var tag in tags)
        {
            csv.Append(string.Join(';',
                report.County,
                Quote(code),
                Quote(name),
                report.From,
                report.To,
                respondents?.ToString(Swedish) ?? "",
                tag.Tag,
                tag.Count?.ToString(Swedish) ?? "",
                tag.Share?.ToString("0.####", Swedish) ?? "",
                tag.Rank?.ToString(Swedish) ?? "",
                tag.Suppressed ? "ja" : "nej"));
            csv.Append("\r\n");
        }
    }

    // Excel would drop the leading zero of codes such as "0180"; quoted with ="..." it keeps them as text.
    private static string Quote(string text) =>
        text.All(char.IsAsciiDigit) ? $"=\"{text}\"" : '"' + text.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
}
