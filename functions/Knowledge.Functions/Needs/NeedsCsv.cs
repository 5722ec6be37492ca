using Knowledge.Tagging;

namespace Knowledge.Needs;

/// <summary>
/// The report as CSV for Swedish Excel (<see cref="ExcelCsv"/>), one row per area and tag: the challenge by its
/// Swedish label for the reader, with its code beside it for whoever joins the file to other data.
/// A withheld figure is an empty cell with "ja" in the withheld column; the last rows explain the disclosure control.
/// </summary>
internal static class NeedsCsv
{
    private static readonly string[] Header = ["län", "kod", "namn", "period från", "period till", "respondenter", "utmaning", "utmaningskod", "antal", "andel", "rang", "undertryckt"];

    public static byte[] Write(NeedsReport report, IReadOnlyList<CodebookTag> codebook)
    {
        // A tag retired from the codebook since the answers were counted keeps its code as its label.
        var labels = codebook.ToDictionary(t => t.Tag, t => t.Label.Sv, StringComparer.Ordinal);
        string Label(string tag) => labels.GetValueOrDefault(tag, tag);

        var csv = new StringBuilder(ExcelCsv.Row(Header));
        Rows(csv, report, Label, report.County, "Hela länet", report.Total.Respondents, report.Total.Tags);
        foreach (var m in report.Municipalities)
        {
            Rows(csv, report, Label, m.Code, m.Name, m.Respondents, m.Tags);
        }

        // As SCB closes its tables: a blank row, then the note in Swedish and in English.
        csv.Append(ExcelCsv.RowEnd)
            .Append(ExcelCsv.Row([ExcelCsv.Text("Anmärkning: " + report.Disclosure.Explanation.Sv)]))
            .Append(ExcelCsv.Row([ExcelCsv.Text("Note: " + report.Disclosure.Explanation.En)]));

        return [.. ExcelCsv.Encoding.GetPreamble(), .. ExcelCsv.Encoding.GetBytes(csv.ToString())];
    }

    private static void Rows(StringBuilder csv, NeedsReport report, Func<string, string> label, string code, string name, int? respondents, IReadOnlyList<TagFigure> tags)
    {
        foreach (var tag in tags)
        {
            csv.Append(ExcelCsv.Row(
            [
                report.County,
                Quote(code),
                Quote(name),
                report.From,
                report.To,
                Number(respondents),
                Quote(label(tag.Tag)),
                tag.Tag,
                Number(tag.Count),
                tag.Share is { } share ? ExcelCsv.Number(Math.Round((decimal)share, 4)) : "",
                Number(tag.Rank),
                tag.Suppressed ? "ja" : "nej",
            ]));
        }
    }

    private static string Number(int? number) => number is { } n ? ExcelCsv.Number(n) : "";

    // Excel would drop the leading zero of codes such as "0180"; quoted with ="..." it keeps them as text.
    private static string Quote(string text) =>
        text.All(char.IsAsciiDigit) ? $"=\"{text}\"" : '"' + text.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
}
