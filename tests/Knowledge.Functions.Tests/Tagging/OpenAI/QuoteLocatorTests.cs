using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class QuoteLocatorTests
{
    private const string Text = "Vi behöver lån.\nBanken säger nej till  lån för maskiner.";

    [Theory]
    [InlineData("Banken säger nej", "Banken säger nej")]
    [InlineData("banken SÄGER nej", "Banken säger nej")]
    [InlineData("  Banken säger nej ", "Banken säger nej")]
    [InlineData("nej till lån", "nej till  lån")]
    [InlineData("lån. Banken", "lån.\nBanken")]
    public void A_quote_is_found_exactly_then_ignoring_case_then_ignoring_whitespace(string quote, string found)
    {
        var span = QuoteLocator.Find(Text, quote);

        Assert.NotNull(span);
        Assert.Equal(found, Text[span.Value.Start..span.Value.End]);
    }

    [Theory]
    [InlineData("Banken säger ja")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("lån (")]
    public void A_quote_that_does_not_occur_is_not_found(string quote)
    {
        Assert.Null(QuoteLocator.Find(Text, quote));
    }
}
