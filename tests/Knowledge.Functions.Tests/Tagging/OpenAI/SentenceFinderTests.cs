using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class SentenceFinderTests
{
    [Theory]
    [InlineData("Första. Vi saknar folk! Sista.", "saknar", "Vi saknar folk!")]
    [InlineData("Rad ett\nVi saknar folk\nRad tre", "saknar", "Vi saknar folk")]
    [InlineData("Lånet är på 3.5 mkr och banken tvekar. Sedan", "banken", "Lånet är på 3.5 mkr och banken tvekar.")]
    [InlineData("Vi saknar folk", "Vi saknar folk", "Vi saknar folk")]
    [InlineData("Ett. Två tre. Fyra.", "Två tre. Fyra", "Två tre. Fyra.")]
    public void The_sentence_is_the_text_between_sentence_marks_around_the_span(string text, string quote, string sentence)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);

        Assert.Equal(sentence, SentenceFinder.Around(text, start, start + quote.Length));
    }
}
