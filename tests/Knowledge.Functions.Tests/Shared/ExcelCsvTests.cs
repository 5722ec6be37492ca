using Knowledge.Shared;

namespace Knowledge.Tests.Shared;

public sealed class ExcelCsvTests
{
    [Theory]
    [InlineData("Luleå", "Luleå")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("säger \"hej\"", "\"säger \"\"hej\"\"\"")]
    [InlineData("två\nrader", "\"två\nrader\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+46 70", "'+46 70")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=A1;B1", "\"'=A1;B1\"")]
    [InlineData("", "")]
    public void A_text_cell_is_quoted_when_it_must_be_and_never_starts_a_formula(string text, string cell) =>
        Assert.Equal(cell, ExcelCsv.Text(text));

    [Theory]
    [InlineData("2.5", "2,5")]
    [InlineData("-1234567.125", "-1234567,125")]
    [InlineData("3.000", "3")]
    public void A_number_has_a_decimal_comma_an_ascii_minus_and_no_thousands_separator(string number, string cell) =>
        Assert.Equal(cell, ExcelCsv.Number(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_row_joins_its_cells_with_semicolons_and_ends_in_crlf() =>
        Assert.Equal("a;\"b;c\";1\r\n", ExcelCsv.Row(["a", ExcelCsv.Text("b;c"), "1"]));
}
