using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Vi behöver t.ex. svetsare. Det är svårt.", "Vi behöver t.ex. svetsare.|Det är svårt.")]
    [InlineData("Ca 20 personer, bl.a. svetsare, kom kl. 10. Sedan gick de.", "Ca 20 personer, bl.a. svetsare, kom kl. 10.|Sedan gick de.")]
    [InlineData("Ca. 20 personer kom. Fler väntas.", "Ca. 20 personer kom.|Fler väntas.")]
    [InlineData("Omsättningen var 3.5 mkr. Nästa år blir bättre.", "Omsättningen var 3.5 mkr.|Nästa år blir bättre.")]
    [InlineData("Räntan steg till 4,5 procent i år.", "Räntan steg till 4,5 procent i år.")]
    [InlineData("We need e.g. welders and i.e. skilled people. It is hard.", "We need e.g. welders and i.e. skilled people.|It is hard.")]
    [InlineData("Vad gör vi nu? Vi väntar! Sedan ser vi.", "Vad gör vi nu?|Vi väntar!|Sedan ser vi.")]
    [InlineData("- Svårt att rekrytera\n- Brist på bostäder", "Svårt att rekrytera|Brist på bostäder")]
    [InlineData("Det är svårt att\nhitta personal här.", "Det är svårt att\nhitta personal här.")]
    [InlineData("Vi pratade med A. Lindberg om läget.", "Vi pratade med A. Lindberg om läget.")]
    [InlineData("  Inledande blanksteg.   ", "Inledande blanksteg.")]
    [InlineData("", "")]
    public void Sentences_are_split_at_terminators_but_not_at_abbreviations_or_decimals(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(expected, string.Join("|", sentences.Select(s => text[s.Start..s.End])));
    }

    [Fact]
    public void Sentence_spans_cover_trimmed_text_in_order()
    {
        const string text = "Första meningen.  Andra meningen!\n\nTredje, med t.ex. förkortning?  ";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End].Trim(), text[s.Start..s.End]));
        Assert.All(sentences.Zip(sentences.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }
}
