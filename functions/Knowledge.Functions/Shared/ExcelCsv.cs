namespace Knowledge.Shared;

/// <summary>
/// Cells of a CSV file for Swedish Excel: UTF-8 with BOM, semicolons between cells, CRLF after rows, decimal comma.
/// A text cell that Excel would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading
/// apostrophe (CSV injection), and a cell holding a quote, semicolon or line break is quoted.
/// </summary>
internal static class ExcelCsv
{
    public const char Separator = ';';

    public const string RowEnd = "\r\n";

    /// <summary>UTF-8 that writes the BOM first, by which Excel knows the file is UTF-8.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    // sv-SE writes a Unicode minus (U+2212) and a no-break space between thousands; Excel reads neither as a number.
    private static readonly NumberFormatInfo Numbers = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    private static readonly char[] NeedsQuotes = [Separator, '"', '\r', '\n'];

    public static string Text(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny(NeedsQuotes) < 0 ? text : '"' + text.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
    }

    /// <summary>A number Excel reads as one: decimal comma, no thousands separator, no trailing zeros.</summary>
    public static string Number(decimal number) => number.ToString("0.############################", Numbers);

    /// <summary>One row of already escaped cells, with its line end.</summary>
    public static string Row(IEnumerable<string> cells) => string.Join(Separator, cells) + RowEnd;
}
