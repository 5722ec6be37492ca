using Knowledge.Shared.Privacy;

namespace Knowledge.Tests.Shared.Privacy;

public sealed class PersonalDataMaskerTests
{
    // Masked and kept texts are listed in Corpus/masking.jsonl and checked by MaskingCorpusTests.
    public static TheoryData<string, string> PersonalData => MaskingCorpus.MaskedTexts();

    [Fact]
    public void A_sentence_stays_readable_and_its_spans_point_at_the_placeholders()
    {
        var masked = PersonalDataMasker.Mask("Ring Anna på 070-123 45 67 eller anna.berg@lulea.se");

        Assert.Equal("Ring Anna på [telefon] eller [e-post]", masked.Text);
        Assert.Equal(
            [new MaskedSpan(PersonalDataKinds.Phone, 13, 22), new MaskedSpan(PersonalDataKinds.Email, 29, 37)],
            masked.Spans);
    }

    [Fact]
    public void Text_with_every_kind_has_a_span_for_each_in_reading_order()
    {
        const string text = "Tel +46 70 123 45 67, pnr 19780412-1239, e-post anna@lulea.se, snr 780472-1236, växel 08-12 34 56.";

        var masked = PersonalDataMasker.Mask(text);

        Assert.Equal("Tel [telefon], pnr [personnummer], e-post [e-post], snr [samordningsnummer], växel [telefon].", masked.Text);
        Assert.Equal(
            [
                PersonalDataKinds.Phone,
                PersonalDataKinds.Personnummer,
                PersonalDataKinds.Email,
                PersonalDataKinds.Samordningsnummer,
                PersonalDataKinds.Phone,
            ],
            masked.Spans.Select(s => s.Kind));
    }

    [Theory]
    [MemberData(nameof(PersonalData))]
    public void Each_span_covers_exactly_its_placeholder(string text, string expected)
    {
        var masked = PersonalDataMasker.Mask(text + " och " + text);

        Assert.Equal(expected + " och " + expected, masked.Text);
        Assert.All(masked.Spans, s => Assert.Equal(PersonalDataKinds.Placeholder(s.Kind), masked.Text[s.Start..s.End]));
        Assert.Equal(masked.Text.Split('[').Length - 1, masked.Spans.Count);
    }

    [Theory]
    [MemberData(nameof(PersonalData))]
    public void Masking_masked_text_changes_nothing(string text, string expected)
    {
        var once = PersonalDataMasker.Mask(text);

        var twice = PersonalDataMasker.Mask(once.Text);

        Assert.Equal(expected, twice.Text);
        Assert.Empty(twice.Spans);
    }

    [Fact]
    public void Placeholders_next_to_each_other_each_get_a_span()
    {
        var masked = PersonalDataMasker.Mask("780412-1239 070-123 45 67 anna@lulea.se");

        Assert.Equal("[personnummer] [telefon] [e-post]", masked.Text);
        Assert.Equal(
            [
                new MaskedSpan(PersonalDataKinds.Personnummer, 0, 14),
                new MaskedSpan(PersonalDataKinds.Phone, 15, 24),
                new MaskedSpan(PersonalDataKinds.Email, 25, 33),
            ],
            masked.Spans);
    }

    [Fact]
    public void Characters_around_personal_data_stay_as_typed()
    {
        const string text = "Planen 2022\u20132026:\u00a0ring\u00a0070\u2011123\u00a045\u00a067 eller ８５０７０９－１２３４.";

        var masked = PersonalDataMasker.Mask(text);

        Assert.Equal("Planen 2022\u20132026:\u00a0ring\u00a0[telefon] eller [personnummer].", masked.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Företaget vill anställa två svetsare under 2026.")]
    public void Text_without_personal_data_comes_back_unchanged(string text)
    {
        var masked = PersonalDataMasker.Mask(text);

        Assert.Equal(text, masked.Text);
        Assert.False(masked.HasPersonalData);
    }

    [Fact]
    public void Long_text_without_separators_is_masked_quickly()
    {
        var text = new string('a', 50_000) + "@" + new string('b', 50_000) + " " + new string('7', 50_000) + " 0"
            + new string('1', 50_000) + " +" + string.Concat(Enumerable.Repeat("12 ", 20_000)) + "." + new string('.', 1000) + "@x";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var masked = PersonalDataMasker.Mask(text);

        Assert.Equal(text, masked.Text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
