using System.ClientModel;
using Azure.AI.OpenAI;
using OpenAI.Chat;

namespace Knowledge.Tagging;

/// <summary>
/// Tags with an Azure OpenAI chat deployment, answering in a strict JSON schema. Throws on any unusable answer,
/// so wrap it in <see cref="FallbackTagger"/>. The text it is given must already be masked: it leaves the process.
/// </summary>
public sealed partial class AzureOpenAITagger : ITagger
{
    private readonly ChatClient _chat;
    private readonly Codebook _codebook;
    private readonly TimeSpan _timeout;
    private readonly string _systemPrompt;
    private readonly ChatResponseFormat _responseFormat;
    private readonly ILogger<AzureOpenAITagger> _logger;

    public AzureOpenAITagger(AzureOpenAIClient client, OpenAITaggerOptions options, Codebook codebook, ILogger<AzureOpenAITagger> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Deployment);

        _chat = client.GetChatClient(options.Deployment);
        _codebook = codebook;
        _timeout = options.Timeout;
        _logger = logger;
        _systemPrompt = OpenAITaggingPrompt.SystemPrompt(codebook);
        _responseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
            OpenAITaggingPrompt.SchemaName,
            OpenAITaggingPrompt.ResponseSchema(codebook),
            jsonSchemaIsStrict: true);
        Name = $"azure-openai/{options.Deployment}";
    }

    public string Name { get; }

    public async Task<TaggingResult> TagAsync(string maskedText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(maskedText);
        if (string.IsNullOrWhiteSpace(maskedText))
        {
            return new TaggingResult(Name, []);
        }

        var completion = await CompleteAsync(maskedText, cancellationToken).ConfigureAwait(false);
        var answer = OpenAIAnswer.Read(ContentOf(completion), _codebook);
        var tags = ToSuggestedTags(maskedText, answer, out var droppedQuotes);
        LogTagged(_logger, Name, tags.Count, droppedQuotes);
        return new TaggingResult(Name, tags);
    }

    private async Task<ChatCompletion> CompleteAsync(string maskedText, CancellationToken cancellationToken)
    {
        ChatMessage[] messages = [new SystemChatMessage(_systemPrompt), new UserChatMessage(maskedText)];
        var options = new ChatCompletionOptions { Temperature = 0, ResponseFormat = _responseFormat };

        // Our own deadline on top of the client's network timeout: it also bounds retries and reading the body.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            ClientResult<ChatCompletion> result = await _chat.CompleteChatAsync(messages, options, deadline.Token).ConfigureAwait(false);
            return result.Value;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Azure OpenAI did not answer within {_timeout.TotalSeconds:0} s.", ex);
        }
    }

    private static string ContentOf(ChatCompletion completion)
    {
        if (!string.IsNullOrEmpty(completion.Refusal))
        {
            throw new OpenAITaggingException("The model refused to tag the text.");
        }

        // Length or content filter means a cut or empty answer, not a usable one.
        if (completion.FinishReason != ChatFinishReason.Stop)
        {
            throw new OpenAITaggingException($"The model stopped early ({completion.FinishReason}).");
        }

        var content = string.Concat(completion.Content
            .Where(part => part.Kind == ChatMessageContentPartKind.Text)
            .Select(part => part.Text));
        return string.IsNullOrWhiteSpace(content)
            ? throw new OpenAITaggingException("The model's answer is empty.")
            : content;
    }

    private static List<SuggestedTag> ToSuggestedTags(string text, IReadOnlyList<OpenAIAnswerTag> answer, out int droppedQuotes)
    {
        droppedQuotes = 0;
        var tags = new List<SuggestedTag>();
        // A tag the model names twice is one tag: the higher confidence, all its evidence.
        foreach (var group in answer.GroupBy(t => t.Tag, StringComparer.Ordinal))
        {
            var spans = new SortedSet<(int Start, int End)>();
            foreach (var quote in group.SelectMany(t => t.Quotes))
            {
                if (QuoteLocator.Find(text, quote) is { } span)
                {
                    spans.Add(span);
                }
                else
                {
                    droppedQuotes++;
                }
            }

            // Evidence is the point of a suggestion: without a span in the text the tag is not shown.
            if (spans.Count == 0)
            {
                continue;
            }

            var evidence = spans.Select(s => new TagEvidence(s.Start, s.End, SentenceFinder.Around(text, s.Start, s.End))).ToList();
            tags.Add(new SuggestedTag(group.Key, group.Max(t => t.Confidence), evidence));
        }

        return tags;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Tagger} suggested {TagCount} tags; {DroppedQuotes} quotes were not found in the text")]
    private static partial void LogTagged(ILogger logger, string tagger, int tagCount, int droppedQuotes);
}
