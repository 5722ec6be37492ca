using System.ClientModel;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class AzureOpenAITaggerAnswerTests
{
    private const string Text =
        "Vi har svårt att hitta svetsare med rätt certifikat. Kontakt: [personnummer]. Banken vill inte ge oss lån till den nya maskinen.";

    [Fact]
    public async Task Each_quote_becomes_a_span_of_the_text_with_the_sentence_it_lies_in()
    {
        var handler = FakeOpenAIHandler.Answering(Answer(("competence", 0.9, ["svårt att hitta svetsare"]), ("financing", 0.7, ["Banken vill inte ge oss lån"])));

        var result = await OpenAITaggers.Create(handler).TagAsync(Text, CancellationToken.None);

        Assert.Equal(["competence", "financing"], result.Tags.Select(t => t.Tag));
        var competence = Assert.Single(result.Tags[0].Evidence);
        Assert.Equal("svårt att hitta svetsare", Text[competence.Start..competence.End]);
        Assert.Equal("Vi har svårt att hitta svetsare med rätt certifikat.", competence.Sentence);
        var financing = Assert.Single(result.Tags[1].Evidence);
        Assert.Equal("Banken vill inte ge oss lån", Text[financing.Start..financing.End]);
        Assert.Equal("Banken vill inte ge oss lån till den nya maskinen.", financing.Sentence);
        Assert.Equal(0.9, result.Tags[0].Confidence);
    }

    [Fact]
    public async Task The_result_is_named_after_the_deployment()
    {
        var tagger = OpenAITaggers.Create(FakeOpenAIHandler.Answering("""{"tags":[]}"""));

        var result = await tagger.TagAsync(Text, CancellationToken.None);

        Assert.Equal($"azure-openai/{OpenAITaggers.Deployment}", tagger.Name);
        Assert.Equal(tagger.Name, result.Tagger);
    }

    [Fact]
    public async Task A_quote_that_is_not_in_the_text_is_dropped()
    {
        var handler = FakeOpenAIHandler.Answering(Answer(("competence", 0.9, ["svårt att hitta svetsare", "de saknar ingenjörer"])));

        var result = await OpenAITaggers.Create(handler).TagAsync(Text, CancellationToken.None);

        var evidence = Assert.Single(Assert.Single(result.Tags).Evidence);
        Assert.Equal("svårt att hitta svetsare", Text[evidence.Start..evidence.End]);
    }

    [Fact]
    public async Task A_tag_left_without_evidence_in_the_text_is_dropped()
    {
        var handler = FakeOpenAIHandler.Answering(Answer(("competence", 0.9, ["svårt att hitta svetsare"]), ("succession", 0.8, ["ägaren ska gå i pension"])));

        var result = await OpenAITaggers.Create(handler).TagAsync(Text, CancellationToken.None);

        Assert.Equal(["competence"], result.Tags.Select(t => t.Tag));
    }

    [Fact]
    public async Task A_quote_in_another_case_still_points_at_the_text()
    {
        var handler = FakeOpenAIHandler.Answering(Answer(("financing", 0.6, ["banken vill inte ge oss lån"])));

        var result = await OpenAITaggers.Create(handler).TagAsync(Text, CancellationToken.None);

        var evidence = Assert.Single(Assert.Single(result.Tags).Evidence);
        Assert.Equal("Banken vill inte ge oss lån", Text[evidence.Start..evidence.End]);
    }

    [Fact]
    public async Task A_tag_named_twice_is_one_tag_with_the_higher_confidence_and_all_its_evidence()
    {
        var handler = FakeOpenAIHandler.Answering(Answer(("competence", 0.4, ["svårt att hitta svetsare"]), ("competence", 0.8, ["rätt certifikat", "svårt att hitta svetsare"])));

        var result = await OpenAITaggers.Create(handler).TagAsync(Text, CancellationToken.None);

        var tag = Assert.Single(result.Tags);
        Assert.Equal(0.8, tag.Confidence);
        Assert.Equal(["svårt att hitta svetsare", "rätt certifikat"], tag.Evidence.Select(e => Text[e.Start..e.End]));
    }

    [Fact]
    public async Task A_confidence_outside_zero_to_one_is_clamped()
    {
        var handler = FakeOpenAIHandler.Answering(Answer(("competence", 1.7, ["svårt att hitta svetsare"])));

        var result = await OpenAITaggers.Create(handler).TagAsync(Text, CancellationToken.None);

        Assert.Equal(1, Assert.Single(result.Tags).Confidence);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("""{"tags":[{"tag":"competence","confidence":0.9,"quotes":["svårt att hitta svetsare"]}""")]
    [InlineData("""{"labels":[]}""")]
    [InlineData("""{"tags":[{"tag":"weather","confidence":0.9,"quotes":["svårt att hitta svetsare"]}]}""")]
    [InlineData("""{"tags":[{"tag":"competence","quotes":["svårt att hitta svetsare"]}]}""")]
    [InlineData("""{"tags":[{"tag":"competence","confidence":0.9,"quotes":[42]}]}""")]
    public async Task An_answer_that_breaks_the_schema_is_an_error(string content)
    {
        var tagger = OpenAITaggers.Create(FakeOpenAIHandler.Answering(content));

        await Assert.ThrowsAsync<OpenAITaggingException>(() => tagger.TagAsync(Text, CancellationToken.None));
    }

    [Fact]
    public async Task A_refusal_is_an_error()
    {
        var tagger = OpenAITaggers.Create(FakeOpenAIHandler.Refusing("I can't help with that."));

        var error = await Assert.ThrowsAsync<OpenAITaggingException>(() => tagger.TagAsync(Text, CancellationToken.None));

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_is_retried_once_and_then_thrown()
    {
        var handler = FakeOpenAIHandler.Failing(HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<ClientResultException>(() => OpenAITaggers.Create(handler).TagAsync(Text, CancellationToken.None));

        Assert.Equal(500, error.Status);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_is_a_timeout()
    {
        var tagger = OpenAITaggers.Create(FakeOpenAIHandler.Hanging(), timeoutSeconds: 1);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(() => tagger.TagAsync(Text, CancellationToken.None));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Took {clock.Elapsed}.");
    }

    private static string Answer(params (string Tag, double Confidence, string[] Quotes)[] tags) =>
        new JsonObject
        {
            ["tags"] = new JsonArray([.. tags.Select(t => new JsonObject
            {
                ["tag"] = t.Tag,
                ["confidence"] = t.Confidence,
                ["quotes"] = new JsonArray([.. t.Quotes.Select(q => JsonValue.Create(q))]),
            })]),
        }.ToJsonString();
}
