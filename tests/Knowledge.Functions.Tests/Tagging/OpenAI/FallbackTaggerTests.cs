using System.Net;
using Knowledge.Tagging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Tests.Tagging;

public sealed class FallbackTaggerTests
{
    private const string Text = "Vi har svårt att hitta svetsare. Kontakt: [personnummer].";

    [Fact]
    public async Task Malformed_json_from_the_model_is_answered_by_the_fallback() =>
        await AssertTheFallbackAnswers(FakeOpenAIHandler.Answering("""{"tags": [ oops"""));

    [Fact]
    public async Task A_tag_outside_the_codebook_is_answered_by_the_fallback() =>
        await AssertTheFallbackAnswers(FakeOpenAIHandler.Answering("""{"tags":[{"tag":"weather","confidence":1,"quotes":["svetsare"]}]}"""));

    [Fact]
    public async Task A_refusal_is_answered_by_the_fallback() =>
        await AssertTheFallbackAnswers(FakeOpenAIHandler.Refusing("I can't help with that."));

    [Fact]
    public async Task A_server_error_is_answered_by_the_fallback() =>
        await AssertTheFallbackAnswers(FakeOpenAIHandler.Failing(HttpStatusCode.InternalServerError));

    [Fact]
    public async Task A_model_slower_than_the_timeout_is_answered_by_the_fallback_in_time()
    {
        var started = DateTime.UtcNow;

        await AssertTheFallbackAnswers(FakeOpenAIHandler.Hanging(), timeoutSeconds: 1);

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_good_answer_from_the_model_is_returned_without_asking_the_fallback()
    {
        var fallback = new FakeTagger("default/1");
        var tagger = OpenAITaggers.WithFallback(
            FakeOpenAIHandler.Answering("""{"tags":[{"tag":"competence","confidence":0.9,"quotes":["svårt att hitta svetsare"]}]}"""), fallback);

        var result = await tagger.TagAsync(Text, CancellationToken.None);

        Assert.Equal($"azure-openai/{OpenAITaggers.Deployment}", result.Tagger);
        Assert.Equal("competence", Assert.Single(result.Tags).Tag);
        Assert.Equal(0, fallback.Calls);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_passed_on_not_answered_by_the_fallback()
    {
        var fallback = new FakeTagger("default/1");
        var tagger = OpenAITaggers.WithFallback(FakeOpenAIHandler.Hanging(), fallback);
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => tagger.TagAsync(Text, caller.Token));

        Assert.Equal(0, fallback.Calls);
    }

    [Fact]
    public void The_fallback_tagger_is_named_after_its_primary()
    {
        var tagger = new FallbackTagger(new FakeTagger("primary/2"), new FakeTagger("default/1"), NullLogger<FallbackTagger>.Instance);

        Assert.Equal("primary/2", tagger.Name);
    }

    private static async Task AssertTheFallbackAnswers(FakeOpenAIHandler handler, int timeoutSeconds = 20)
    {
        var fallback = new FakeTagger("default/1");
        var tagger = OpenAITaggers.WithFallback(handler, fallback, timeoutSeconds);

        var result = await tagger.TagAsync(Text, CancellationToken.None);

        Assert.NotEmpty(handler.Requests);
        Assert.Equal(1, fallback.Calls);
        Assert.Equal("default/1", result.Tagger);
        Assert.Equal([FakeTagger.Tag], result.Tags);
    }
}
