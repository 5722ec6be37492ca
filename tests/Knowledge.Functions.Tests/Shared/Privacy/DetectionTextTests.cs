using Knowledge.Shared.Privacy;

namespace Knowledge.Tests.Shared.Privacy;

public sealed class DetectionTextTests
{
    [Theory]
    [InlineData("070\u2011123\u00a045\u00a067", "070-123 45 67")]
    [InlineData("８５０７０９－１２３４", "850709-1234")]
    [InlineData("o\u2019brien＠x.se", "o'brien@x.se")]
    [InlineData("\u2010\u2011\u2012\u2013\u2014\u2212\u00ad", "-------")]
    [InlineData("\u00a0\u202f\u2009\u2007\t\u200b", "      ")]
    [InlineData("٠٧٠", "070")] // Arabic-Indic digits
    [InlineData("Åsa a\u0308r här", "Åsa a\u0308r här")]
    [InlineData("ﬁ ½ 𝟕", "ﬁ ½ 𝟕")] // their compatibility forms are longer or shorter, so they stay
    public void The_copy_has_ascii_digits_spaces_and_hyphens_and_the_length_of_the_text(string text, string expected)
    {
        var copy = DetectionText.Of(text);

        Assert.Equal(expected, copy);
        Assert.Equal(text.Length, copy.Length);
    }
}
