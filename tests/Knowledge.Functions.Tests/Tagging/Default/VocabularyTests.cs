using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class VocabularyTests
{
    private static readonly Vocabulary Vocabulary = Vocabulary.LoadEmbedded();

    [Fact]
    public void The_vocabularies_cover_exactly_the_codebook_tags_in_swedish_and_english()
    {
        var codebook = new Codebook();

        Assert.Equal(codebook.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal), Vocabulary.TagNames);
        Assert.Equal(["en", "sv"], Vocabulary.Languages.Select(l => l.Language));
    }

    [Theory]
    [InlineData("sv", "kompetensförsörjningen", "kompetensförsörjning")]
    [InlineData("sv", "finansieringen", "finansiering")]
    [InlineData("sv", "upphandlingarna", "upphandling")]
    [InlineData("sv", "bristen", "brist")]
    [InlineData("sv", "svåraste", "svårare")]
    [InlineData("en", "recruiting", "recruitment")]
    [InlineData("en", "loans", "loan")]
    [InlineData("en", "delayed", "delays")]
    public void Words_are_stemmed_with_the_snowball_stemmer_of_their_language(string language, string word, string sameStemAs)
    {
        var vocabulary = Vocabulary.Languages.Single(l => l.Language == language);

        Assert.Equal(vocabulary.Stem(sameStemAs), vocabulary.Stem(word));
    }

    [Theory]
    [InlineData("sv", "kompetensförsörjningen", "competence")]
    [InlineData("sv", "rekryteringsbehov", "competence")]
    [InlineData("sv", "finansieringsfrågor", "financing")]
    [InlineData("sv", "generationsskiftet", "succession")]
    [InlineData("sv", "elnätskapacitet", "infrastructure")]
    [InlineData("sv", "bostadsbristen", "infrastructure")]
    [InlineData("sv", "hållbarhetskraven", "transition_requirements")]
    [InlineData("en", "retirement", "succession")]
    public void A_word_holding_a_term_of_a_tag_is_found(string language, string word, string tag)
    {
        var index = Array.IndexOf(Vocabulary.Languages.Select(l => l.Language).ToArray(), language);

        var info = Vocabulary.Word(word);

        Assert.Contains(info.Languages[index].Matches, e => e.Kind == EntryKind.Topic && Vocabulary.TagNames[e.Tag] == tag);
    }

    [Theory]
    [InlineData("elev")]
    [InlineData("hotell")]
    [InlineData("eller")]
    [InlineData("långa")]
    [InlineData("för")]
    [InlineData("successful")]
    [InlineData("management")]
    public void A_word_that_only_resembles_a_term_is_not_found(string word)
    {
        var info = Vocabulary.Word(word);

        Assert.All(info.Languages, l => Assert.DoesNotContain(l.Matches, e => e.Kind == EntryKind.Topic || e.Ease));
    }
}
