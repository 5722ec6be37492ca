using System.Text.Json.Nodes;

namespace Knowledge.Tests.Tagging;

public sealed class AzureOpenAITaggerRequestTests
{
    private const string MaskedText = "Ägaren [namn], [personnummer], säger att de inte hittar CNC-operatörer.";

    [Fact]
    public async Task The_request_goes_to_the_chat_completions_of_the_configured_deployment()
    {
        var handler = FakeOpenAIHandler.Answering("""{"tags":[]}""");

        await OpenAITaggers.Create(handler).TagAsync(MaskedText, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("knowledge-test.openai.azure.com", request.Uri.Host);
        Assert.Contains($"/openai/deployments/{OpenAITaggers.Deployment}/chat/completions", request.Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configured_api_key_is_sent_in_the_api_key_header()
    {
        var handler = FakeOpenAIHandler.Answering("""{"tags":[]}""");

        await OpenAITaggers.Create(handler).TagAsync(MaskedText, CancellationToken.None);

        Assert.Equal(OpenAITaggers.ApiKey, Assert.Single(handler.Requests).ApiKey);
    }

    [Fact]
    public async Task The_request_asks_for_temperature_zero_and_strict_json_limited_to_the_codebook_tags()
    {
        var handler = FakeOpenAIHandler.Answering("""{"tags":[]}""");

        await OpenAITaggers.Create(handler).TagAsync(MaskedText, CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(handler.Requests).Body)!;
        Assert.Equal(0, body["temperature"]!.GetValue<double>());
        var format = body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.True(format["json_schema"]!["strict"]!.GetValue<bool>());
        var tagEnum = format["json_schema"]!["schema"]!["properties"]!["tags"]!["items"]!["properties"]!["tag"]!["enum"]!.AsArray();
        Assert.Equal(OpenAITaggers.Codebook.Tags.Select(t => t.Tag), tagEnum.Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task The_user_message_is_exactly_the_masked_text_given()
    {
        var handler = FakeOpenAIHandler.Answering("""{"tags":[]}""");

        await OpenAITaggers.Create(handler).TagAsync(MaskedText, CancellationToken.None);

        var messages = JsonNode.Parse(Assert.Single(handler.Requests).Body)!["messages"]!.AsArray();
        var user = Assert.Single(messages, m => m!["role"]!.GetValue<string>() == "user")!;
        Assert.Equal(MaskedText, TextOf(user["content"]!));
    }

    [Fact]
    public async Task The_system_message_gives_every_codebook_tag_with_its_swedish_and_english_description()
    {
        var handler = FakeOpenAIHandler.Answering("""{"tags":[]}""");

        await OpenAITaggers.Create(handler).TagAsync(MaskedText, CancellationToken.None);

        var messages = JsonNode.Parse(Assert.Single(handler.Requests).Body)!["messages"]!.AsArray();
        var system = TextOf(Assert.Single(messages, m => m!["role"]!.GetValue<string>() == "system")!["content"]!);
        Assert.All(OpenAITaggers.Codebook.Tags, tag =>
        {
            Assert.Contains(tag.Tag, system, StringComparison.Ordinal);
            Assert.Contains(tag.Description.Sv, system, StringComparison.Ordinal);
            Assert.Contains(tag.Description.En, system, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(MaskedText, system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blank_text_is_not_sent_at_all()
    {
        var handler = FakeOpenAIHandler.Answering("""{"tags":[]}""");

        var result = await OpenAITaggers.Create(handler).TagAsync("  \n ", CancellationToken.None);

        Assert.Empty(handler.Requests);
        Assert.Empty(result.Tags);
    }

    // The SDK may send content as a plain string or as a list of text parts.
    private static string TextOf(JsonNode content) => content is JsonArray parts
        ? string.Concat(parts.Select(p => p!["text"]!.GetValue<string>()))
        : content.GetValue<string>();
}
