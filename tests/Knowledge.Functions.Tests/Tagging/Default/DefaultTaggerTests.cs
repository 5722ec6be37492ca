using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class DefaultTaggerTests
{
    private static readonly DefaultTagger Tagger = new();

    /// <summary>Negations that state a shortage: the tag holds (shared with the combined tagger's tests).</summary>
    public static TheoryData<string, string> ShortagesStatedByNegation { get; } = new()
    {
        { "Det finns ingen som tar över.", "succession" },
        { "No one wants to take over the business.", "succession" },
        { "Banken lånar inte ut till oss.", "financing" },
        { "Det är inte bara personalen som är ett problem.", "competence" },
        { "Det är inte lätt att hitta personal.", "competence" },
        { "Vi vet inte när de ska köpa.", "timing" },
        { "Vi vill inte växa.", "growth_willingness" },
        { "Det finns inga bostäder för nyanställda.", "infrastructure" },
        { "We never hear back from their buyers.", "procurement" },
        { "Rörelsekapitalet räcker inte.", "financing" },
        { "Vi har inga problem med finansieringen, men det är svårt att hitta ingenjörer.", "competence" },
    };

    /// <summary>Negated or eased difficulties: the tag does not hold (shared with the combined tagger's tests).</summary>
    public static TheoryData<string, string> NegatedDifficulties { get; } = new()
    {
        { "Finansieringen är inget problem.", "financing" },
        { "Finansieringen är inget problem, vi har en stark kassa.", "financing" },
        { "We have no trouble recruiting.", "competence" },
        { "Vi har inga problem med rekryteringen.", "competence" },
        { "Det är inte svårt att hitta personal.", "competence" },
        { "No issues with financing.", "financing" },
        { "Bank lending is not a concern.", "financing" },
        { "Vi har lätt att hitta personal.", "competence" },
        { "Generationsskiftet genomfördes för tre år sedan.", "succession" },
        { "There were no delays in the project.", "timing" },
        { "Det är inte svårt att hitta tillräckligt med personal.", "competence" },
        { "Vi har tillräckligt med personal.", "competence" },
    };

    /// <summary>Inflected and compound terms, Swedish and English, with the word that is the evidence (shared with the combined tagger's tests).</summary>
    public static TheoryData<string, string, string> InflectedTerms { get; } = new()
    {
        { "Kompetensförsörjningen är vårt största problem.", "competence", "Kompetensförsörjningen" },
        { "Vi har ett stort rekryteringsbehov inför hösten.", "competence", "rekryteringsbehov" },
        { "Kompetensbristen gör att vi tackar nej till jobb.", "competence", "Kompetensbristen" },
        { "Det är svårt att hitta svetsarna vi behöver.", "competence", "svetsarna" },
        { "Finansieringsfrågor är svåra för ett litet bolag.", "financing", "Finansieringsfrågor" },
        { "Generationsskiftet oroar ägarna.", "succession", "Generationsskiftet" },
        { "Elnätskapaciteten räcker inte för en ny ugn.", "infrastructure", "Elnätskapaciteten" },
        { "Bostadsbristen i Kiruna är akut.", "infrastructure", "Bostadsbristen" },
        { "Upphandlingarna är för stora för oss.", "procurement", "Upphandlingarna" },
        { "Kunderna kräver klimatredovisningar av oss.", "transition_requirements", "klimatredovisningar" },
        { "Recruiting welders is difficult in Kiruna.", "competence", "welders" },
        { "The timeline keeps being postponed.", "timing", "postponed" },
    };

    [Theory]
    [MemberData(nameof(InflectedTerms))]
    public async Task Inflected_and_compound_words_are_tagged_with_the_word_as_evidence(string text, string tag, string evidence)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        var found = Assert.Single(result.Tags, t => t.Tag == tag);
        Assert.Contains(found.Evidence, e => text[e.Start..e.End] == evidence);
    }

    [Theory]
    [InlineData("Det är svårt att få el till den nya hallen.", "infrastructure", true)]
    [InlineData("Det är svårt för eleverna att boka hotellet.", "infrastructure", false)]
    [InlineData("Det saknas lån för investeringen.", "financing", true)]
    [InlineData("Det saknas långa svetsade balkar.", "financing", false)]
    [InlineData("Det är brist på förare till lastbilarna.", "competence", true)]
    [InlineData("Det är brist på material för bygget.", "competence", false)]
    public async Task Short_terms_match_whole_words_and_not_inside_other_words(string text, string tag, bool expected)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.Equal(expected, result.Tags.Any(t => t.Tag == tag));
    }

    [Theory]
    [MemberData(nameof(NegatedDifficulties))]
    public async Task A_negated_or_eased_difficulty_is_not_a_challenge(string text, string tag)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.DoesNotContain(result.Tags, t => t.Tag == tag);
    }

    [Theory]
    [MemberData(nameof(ShortagesStatedByNegation))]
    public async Task A_negation_that_states_a_shortage_is_a_challenge(string text, string tag)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.Contains(result.Tags, t => t.Tag == tag);
    }

    [Theory]
    [InlineData("Det är svårt att hitta tillräckligt med personal.", "competence")]
    [InlineData("It is hard to find enough welders.", "competence")]
    [InlineData("Det är en utmaning att ha tillräckligt med tid över för att kunna tänka framåt.", "growth_willingness")]
    public async Task An_ease_word_in_the_infinitive_of_a_difficulty_is_part_of_the_difficulty(string text, string tag)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.Contains(result.Tags, t => t.Tag == tag);
    }

    [Theory]
    [InlineData("Viljan att expandera och nyanställa är inte alla gånger en självklarhet.", "growth_willingness")]
    [InlineData("Det är bara en liten andel av företagen som försöker att växa.", "growth_willingness")]
    [InlineData("Planerade investeringar kan inte genomföras och går om intet.", "timing")]
    public async Task Phrasings_of_train_statements_the_rules_missed_are_tagged(string text, string tag)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.Contains(result.Tags, t => t.Tag == tag);
    }

    [Theory]
    [InlineData("They are content with their current size.", "growth_willingness")]
    [InlineData("Many small firms lack the capacity to grow.", "growth_willingness")]
    [InlineData("De flesta ägare är nöjda med företagets storlek.", "growth_willingness")]
    [InlineData("Många av oss saknar orken att växa.", "growth_willingness")]
    [InlineData("Den nya fabriken ställer även nya krav på oss som leverantörer.", "transition_requirements")]
    [InlineData("Kunderna vill att vi ska få hjälp att uppfylla de skärpta kraven.", "transition_requirements")]
    [InlineData("Late payments from the main contractor squeeze our cash.", "financing")]
    [InlineData("Sena betalningar från kunderna är ett problem.", "financing")]
    [InlineData("The frameworks are too large for small suppliers.", "procurement")]
    [InlineData("Vi har inte fått klartecken från kunden.", "timing")]
    [InlineData("Vi saknar information om när de börjar köpa.", "timing")]
    public async Task Indirect_wordings_of_a_difficulty_are_tagged(string text, string tag)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.Contains(result.Tags, t => t.Tag == tag);
    }

    [Theory]
    [InlineData("Payment delays are a big problem for us.", "timing")]
    [InlineData("Access to finance was the least important problem they reported.", "financing")]
    [InlineData("At least, access to finance was the least pressing obstacle.", "financing")]
    [InlineData("Potential buyers of the company cannot get a bank loan.", "procurement")]
    [InlineData("The customers send their suppliers a letter concerning the code of conduct.", "procurement")]
    [InlineData("Suppliers need to show that they meet the sustainability targets.", "procurement")]
    [InlineData("Small firms lack information on the new regulations.", "timing")]
    [InlineData("Det saknas information om de nya reglerna.", "timing")]
    [InlineData("Whether Northvolt reaches its goals or not, housing is essential.", "timing")]
    [InlineData("Many owners begin the handover too late.", "timing")]
    [InlineData("Ett kommande generationsskifte kan ses som en chans för en ny ägare.", "succession")]
    [InlineData("A coming generational change can be a chance for a new owner.", "succession")]
    public async Task Words_in_another_sense_or_a_stated_absence_do_not_tag(string text, string tag)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.DoesNotContain(result.Tags, t => t.Tag == tag);
    }

    [Theory]
    [InlineData("Vi träffades på deras kontor i Piteå och pratade om företagets historia.")]
    [InlineData("Företaget har 23 anställda och bygger mest villor i Skellefteå.")]
    [InlineData("The company supplies hydraulic parts to the mines in Kiruna.")]
    [InlineData("Kontakt: [e-post], [telefon], [personnummer].")]
    [InlineData("Hotellet har 40 rum och gästerna kommer mest från Tyskland.")]
    [InlineData("Vi har ramavtal med kommunen sedan flera år.")]
    public async Task Text_that_names_no_challenge_gets_no_tags(string text)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.Empty(result.Tags);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t ")]
    public async Task Empty_or_blank_text_gets_no_tags(string text)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.Equal(Tagger.Name, result.Tagger);
        Assert.Empty(result.Tags);
    }

    [Theory]
    [InlineData("[personnummer] berättade att det är svårt att hitta svetsare. Banken lånar inte ut. [e-post]")]
    [InlineData("Intervju kl. 10 med vd. Ägaren går i pension om två år och ingen tar över!\nBostadsbristen i Gällivare är akut.")]
    [InlineData("We can't find welders, and the bank won't finance a new workshop either. Roads are poor.")]
    public async Task Evidence_spans_are_words_of_the_text_inside_their_sentence(string text)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.NotEmpty(result.Tags);
        Assert.All(result.Tags.SelectMany(t => t.Evidence), e =>
        {
            var span = text[e.Start..e.End];
            Assert.Equal(span.Trim(), span);
            Assert.DoesNotContain('[', span);
            Assert.True(e.Start == 0 || !char.IsLetterOrDigit(text[e.Start - 1]), $"\"{span}\" starts inside a word");
            Assert.True(e.End == text.Length || !char.IsLetterOrDigit(text[e.End]), $"\"{span}\" ends inside a word");
            var sentenceStart = text.IndexOf(e.Sentence, StringComparison.Ordinal);
            Assert.True(sentenceStart >= 0, $"\"{e.Sentence}\" is not in the text");
            Assert.InRange(e.Start, sentenceStart, sentenceStart + e.Sentence.Length);
            Assert.InRange(e.End, e.Start + 1, sentenceStart + e.Sentence.Length);
        });
    }

    [Theory]
    [InlineData("Det är svårt att rekrytera. Banken lånar inte ut. Vi saknar också personal, kompetensbristen är stor.")]
    [InlineData("Bostäder saknas och elnätet är fullt. Vi vet inte när Stegra börjar köpa.")]
    public async Task Tags_are_ordered_by_confidence_then_name_with_confidence_in_range(string text)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.True(result.Tags.Count >= 2);
        Assert.All(result.Tags, t => Assert.InRange(t.Confidence, double.Epsilon, 1.0));
        var ordered = result.Tags.OrderByDescending(t => t.Confidence).ThenBy(t => t.Tag, StringComparer.Ordinal);
        Assert.Equal(ordered.Select(t => t.Tag), result.Tags.Select(t => t.Tag));
    }

    [Fact]
    public async Task More_evidence_gives_more_confidence()
    {
        var once = await Tagger.TagAsync("Det är svårt att hitta personal.", CancellationToken.None);
        var thrice = await Tagger.TagAsync(
            "Det är svårt att hitta personal. Kompetensbristen är stor. Vi kan inte rekrytera svetsare.", CancellationToken.None);

        var single = Assert.Single(once.Tags);
        var repeated = Assert.Single(thrice.Tags);
        Assert.True(repeated.Confidence > single.Confidence, $"{repeated.Confidence} <= {single.Confidence}");
        Assert.Equal(3, repeated.Evidence.Select(e => e.Sentence).Distinct().Count());
    }

    [Fact]
    public async Task Tagging_is_deterministic_and_thread_safe()
    {
        var texts = LabelledStatements.All.Select(s => s.Text).ToList();
        var sequential = new List<string>();
        foreach (var text in texts)
        {
            sequential.Add(Describe(await Tagger.TagAsync(text, CancellationToken.None)));
        }

        var parallel = new string[texts.Count * 8];
        await Parallel.ForAsync(0, parallel.Length, async (i, ct) =>
            parallel[i] = Describe(await new DefaultTagger().TagAsync(texts[i % texts.Count], ct)));

        Assert.All(Enumerable.Range(0, parallel.Length), i => Assert.Equal(sequential[i % texts.Count], parallel[i]));
    }

    [Fact]
    public async Task A_cancelled_request_is_not_tagged()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Tagger.TagAsync("Det är svårt att hitta personal.", cancelled.Token));
    }

    [Fact]
    public void The_tagger_names_itself_with_a_version()
    {
        Assert.Matches(@"^knowledge-default/\d+\.\d+$", Tagger.Name);
    }

    private static string Describe(TaggingResult result) =>
        string.Join(";", result.Tags.Select(t => $"{t.Tag}:{t.Confidence}:{string.Join(",", t.Evidence.Select(e => $"{e.Start}-{e.End}"))}"));
}
