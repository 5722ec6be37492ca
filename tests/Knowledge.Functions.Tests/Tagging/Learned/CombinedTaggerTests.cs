using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class CombinedTaggerTests
{
    private static readonly DefaultTagger Rules = new();
    private static readonly CombinedTagger Tagger = new(Rules);

    [Fact]
    public void The_name_records_the_tagger_and_the_model_version()
    {
        Assert.Matches(@"^knowledge-default/2\.0\+model-[0-9a-z]+$", Tagger.Name);
        Assert.EndsWith(TagModel.Embedded.Value.Version, Tagger.Name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DefaultTaggerTests.InflectedTerms), MemberType = typeof(DefaultTaggerTests))]
    public async Task What_the_rules_find_is_tagged_with_the_rules_evidence(string text, string tag, string evidence)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        var found = Assert.Single(result.Tags, t => t.Tag == tag);
        Assert.Contains(found.Evidence, e => text[e.Start..e.End] == evidence);
        Assert.InRange(found.Confidence, 0, 1);
    }

    [Theory]
    [MemberData(nameof(DefaultTaggerTests.ShortagesStatedByNegation), MemberType = typeof(DefaultTaggerTests))]
    public async Task A_negation_that_states_a_shortage_is_a_challenge(string text, string tag)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.Contains(result.Tags, t => t.Tag == tag);
    }

    [Theory]
    [MemberData(nameof(DefaultTaggerTests.NegatedDifficulties), MemberType = typeof(DefaultTaggerTests))]
    public async Task A_negated_or_eased_difficulty_is_not_a_challenge(string text, string tag)
    {
        var result = await Tagger.TagAsync(text, CancellationToken.None);

        Assert.DoesNotContain(result.Tags, t => t.Tag == tag);
    }

    [Fact]
    public void A_tag_only_the_model_finds_has_the_best_sentence_and_its_heaviest_words_as_evidence()
    {
        const string Text = "Vi träffade vd i Kiruna. Kommunikationerna är bristfälliga. Företaget har tolv anställda.";
        var tagger = new CombinedTagger(Rules, ModelWeighing("bristfälliga", "infrastructure"));

        var result = tagger.Tag(Text);

        var found = Assert.Single(result.Tags);
        Assert.Equal("infrastructure", found.Tag);
        Assert.Equal(["bristfälliga"], found.Evidence.Select(e => Text[e.Start..e.End]));
        Assert.All(found.Evidence, e => Assert.Equal("Kommunikationerna är bristfälliga.", e.Sentence));
        Assert.InRange(found.Confidence, 0.5, 1);
    }

    [Fact]
    public void A_model_probability_under_the_threshold_sets_no_tag()
    {
        var tagger = new CombinedTagger(Rules, ModelWeighing("bristfälliga", "infrastructure", threshold: 0.999));

        Assert.Empty(tagger.Tag("Kommunikationerna är bristfälliga.").Tags);
    }

    [Fact]
    public async Task Empty_and_blank_texts_get_no_tags()
    {
        Assert.Empty((await Tagger.TagAsync("", CancellationToken.None)).Tags);
        Assert.Empty((await Tagger.TagAsync(" \n ", CancellationToken.None)).Tags);
    }

    [Fact]
    public async Task Tagging_on_many_threads_gives_the_same_results_as_on_one()
    {
        string[] texts =
        [
            "Det är svårt att hitta svetsare. Banken lånar inte ut till oss.",
            "We struggle to recruit electricians, and the timeline keeps slipping.",
            "Kommunikationerna är bristfälliga och bostäderna räcker inte.",
        ];
        var sequential = texts.Select(t => Describe(Tagger.Tag(t))).ToList();

        var parallel = new string[60];
        await Parallel.ForAsync(0, parallel.Length, async (i, ct) =>
            parallel[i] = Describe(await Tagger.TagAsync(texts[i % texts.Length], ct)));

        Assert.All(parallel.Select((d, i) => (d, i)), p => Assert.Equal(sequential[p.i % texts.Length], p.d));
    }

    private static string Describe(TaggingResult result) =>
        string.Join("; ", result.Tags.Select(t => $"{t.Tag} {t.Confidence} {string.Join(",", t.Evidence.Select(e => $"{e.Start}-{e.End}"))}"));

    // A model that knows one word: every feature of the word weighs for the tag, nothing else weighs at all.
    private static TagModel ModelWeighing(string word, string tag, double threshold = 0.5)
    {
        const int Bits = 12;
        var features = new TagFeatures(Rules.Vocabulary, Bits);
        var vector = new FeatureVector();
        features.Extract(word, new TextRange(0, word.Length), 0, vector);
        var dense = new float[features.Length];
        foreach (var bucket in vector.Buckets)
        {
            dense[bucket] = 1;
        }
        var tags = Rules.Vocabulary.TagNames;
        var weights = tags.Select(t => new TagModelFile.TagWeights(
            t, Bias: -1, Slope: 1, Offset: 0, threshold, TagModel.EncodeWeights(t == tag ? dense : new float[features.Length]))).ToList();
        return new TagModel(new TagModelFile("test", Bits, weights, []));
    }
}
