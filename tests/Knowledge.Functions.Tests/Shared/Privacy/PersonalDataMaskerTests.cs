using Knowledge.Shared.Privacy;

namespace Knowledge.Tests.Shared.Privacy;

public sealed class PersonalDataMaskerTests
{
    public static TheoryData<string, string> PersonalData => new()
    {
        // Personal identity numbers; check digits computed by hand, see PersonalIdentityNumberTests.
        { "Ägaren har personnummer 19780412-1239.", "Ägaren har personnummer [personnummer]." },
        { "pnr 780412-1239 enligt anteckning", "pnr [personnummer] enligt anteckning" },
        { "pnr 7804121239", "pnr [personnummer]" },
        { "pnr 197804121239", "pnr [personnummer]" },
        { "pnr 19780412 1239", "pnr [personnummer]" },
        { "född 470320+2319, fortfarande aktiv", "född [personnummer], fortfarande aktiv" },
        { "Pnr:640823-3234,", "Pnr:[personnummer]," },
        { "(811218-9876)", "([personnummer])" },
        { "Tvillingarna 000229-1235 och 20040229-1231", "Tvillingarna [personnummer] och [personnummer]" },
        { "skrivet 780412–1239 i Word", "skrivet [personnummer] i Word" },
        { "Enskild firma, org.nr 811218-9876.", "Enskild firma, org.nr [personnummer]." },
        { "Enskild firma, org.nr 16780412-1239", "Enskild firma, org.nr [personnummer]" },
        { "Samordningsnummer 780472-1236 enligt Skatteverket", "Samordningsnummer [samordningsnummer] enligt Skatteverket" },
        { "snr 19990161-9990", "snr [samordningsnummer]" },
        { "0701234569", "[personnummer]" }, // also phone-shaped, but identity numbers take precedence

        // E-mail addresses.
        { "anna.berg@lulea.se", "[e-post]" },
        { "Skriv till anna.berg+kund@mail.lulea.se.", "Skriv till [e-post]." },
        { "Maila Örjan på örjan.åström@företaget.se, han svarar", "Maila Örjan på [e-post], han svarar" },
        { "(kontakt: info@bolaget.co.uk)", "(kontakt: [e-post])" },
        { "<per_olsson@exempel.com>", "<[e-post]>" },
        { "ANNA@LULEA.SE!", "[e-post]!" },
        { "first-last@sub.domain.example.org?", "[e-post]?" },
        { "e-post 12345@kommun.se", "e-post [e-post]" },
        { "Kontakt: anna..berg@lulea.se", "Kontakt: [e-post]" },
        { "Se nedan: ...anna@lulea.se", "Se nedan: ...[e-post]" },

        // Swedish phone numbers.
        { "Ring 070-123 45 67", "Ring [telefon]" },
        { "Ring 0701234567.", "Ring [telefon]." },
        { "Ring 070 123 45 67 i morgon", "Ring [telefon] i morgon" },
        { "Växel 08-123 456 78", "Växel [telefon]" },
        { "Växel 08-12 34 56", "Växel [telefon]" },
        { "Kontor 0920-123 45", "Kontor [telefon]" },
        { "Kontor 0920-12345", "Kontor [telefon]" },
        { "Kontor 090-12 34 56", "Kontor [telefon]" },
        { "tel: 031-711 22 33, fax", "tel: [telefon], fax" },
        { "Kundtjänst 0771-567 567", "Kundtjänst [telefon]" },
        { "Ring (08) 123 45 67", "Ring [telefon]" },
        { "Ring (073-987 65 43)", "Ring ([telefon])" },
        { "mobil 070–123 45 67", "mobil [telefon]" },
        { "070-123 45 67 45 anställda", "[telefon] 45 anställda" },
        { "Ring 070-123-45-67", "Ring [telefon]" },
        { "tel 0701234567/0707654321", "tel [telefon]/[telefon]" },
        { "tel.nr 0920/123 45", "tel.nr [telefon]" },
        { "Mobil: 07 01 23 45 67", "Mobil: [telefon]" },

        // International phone numbers.
        { "Ring +46 70 123 45 67", "Ring [telefon]" },
        { "Ring +46 (0)70-123 45 67", "Ring [telefon]" },
        { "Ring 0046 70 123 45 67", "Ring [telefon]" },
        { "Ring +46701234567", "Ring [telefon]" },
        { "Ring +46 8 123 456 78", "Ring [telefon]" },
        { "Ring +46 070-123 45 67", "Ring [telefon]" },
        { "Norge: +47 912 34 567", "Norge: [telefon]" },
        { "Finland: +358 40 123 4567.", "Finland: [telefon]." },
        { "USA: +1 (555) 123-4567", "USA: [telefon]" },
        { "London +44 20 7946 0958", "London [telefon]" },
        { "Berlin +49 30 1234567", "Berlin [telefon]" },
        { "Tel. +46 (0) 70 123 45 67", "Tel. [telefon]" },
        { "Lagos: +234 803 123 4567", "Lagos: [telefon]" },
        { "Moskva: +7 912 345-67-89", "Moskva: [telefon]" },
        { "Ring +46 70 123 45 67 2026", "Ring [telefon] 2026" },
    };

    public static TheoryData<string> LookAlikes => new()
    {
        // Dates, years and times.
        "Mötet hölls 2026-03-15.",
        "Mötet hölls 15/3 2026.",
        "Mötet hölls 05/03 2026.",
        "Mötet hölls 05.03.2026.",
        "Mötet hölls 20260315.",
        "Mötet hölls den 15 mars 2026.",
        "Uppdaterad 2025-11-15T08:30:00Z",
        "Projektet pågår 2025–2027.",
        "Grundat år 1998.",
        "Öppet kl. 08.30–16.00.",
        "Öppet 08-16 på vardagar.",
        "Öppet kl 08 - 17.",

        // Money, shares and counts.
        "Omsättningen är 2 500 000 kr.",
        "Lånet är 1,5 mnkr.",
        "Fakturan lyder på 12 345,50 SEK.",
        "Investeringen är 300 000 euro.",
        "Marginalen ökade med 12,5 %.",
        "Resultatet ökade +2 500 000 kr.",
        "Resultatet ökade +30 000 000 kr.",
        "Skillnaden är +2 500 000 mot budget.",
        "Skillnaden är +15 000 000 mot budget.",
        "Kostnaden blev 0,5 mnkr.",
        "Företaget har 45 anställda.",
        "Omsättning 2024: 45 000 000 kr",

        // Reference numbers and codes.
        "Se faktura 1234567.",
        "Se order nr 20231115-001.",
        "Se order nr 20231115-0012.",
        "Bankgiro 5050-1055.",
        "Version 2.10.3 släpptes.",
        "Certifierade enligt ISO 9001:2015.",
        "Branschkod SNI 25.110.",
        "Ärende 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "Kundnummer 1234567890.",
        "Nödnummer 112.",
        "Ordernr 00123456789.",
        "Ärende 20231115-0012-3.",
        "Löpnummer 19780412-12390.",
        "IBAN SE45 5000 0000 0583 9825 7466",
        "Vi har +100 kunder.",
        "Priset är 0 kr.",
        "Öppet kl 0830-1600.",
        "Datum 01-02-2026 eller 2026/05/03.",

        // Legal entities and places.
        "Volvo har organisationsnummer 556036-0793.",
        "Org.nr 556016-0680.",
        "Org.nr 16556036-0793.",
        "Org.nr 5560360793.",
        "Momsreg.nr SE556036079301.",
        "Myndigheten har 212000-0142.",
        "Besöksadress Storgatan 12, 972 38 Luleå.",

        // Numbers that fail the identity check.
        "Numret 780412-1234 har fel kontrollsiffra.",
        "Numret 7804121234 har fel kontrollsiffra.",
        "Numret 620230-1237 är 30 februari.",
        "Numret 030229-1232 är en skottdag som inte fanns.",
        "Numret 780492-1232 har dag 92.",
        "Numret 010229-1234 är en skottdag som inte fanns.",

        // Half an address or half a number.
        "Skriv till anna@lulea så svarar hon.",
        "Följ @anna_berg och lulea.se.",
        "Ring 070-123 45 så svarar hon.",
        "Ring 08-123 så svarar hon.",
    };

    [Theory]
    [MemberData(nameof(PersonalData))]
    public void Personal_data_is_replaced_by_its_placeholder(string text, string expected)
    {
        var masked = PersonalDataMasker.Mask(text);

        Assert.Equal(expected, masked.Text);
        Assert.True(masked.HasPersonalData);
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Numbers_that_only_look_like_personal_data_are_kept(string text)
    {
        var masked = PersonalDataMasker.Mask(text);

        Assert.Equal(text, masked.Text);
        Assert.Empty(masked.Spans);
        Assert.False(masked.HasPersonalData);
    }

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
