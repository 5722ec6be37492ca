namespace Knowledge.Tagging;

/// <summary>The model answered, but not usably (refusal, malformed or off-schema JSON). Messages never quote the text.</summary>
public sealed class OpenAITaggingException : Exception
{
    public OpenAITaggingException()
    {
    }

    public OpenAITaggingException(string message)
        : base(message)
    {
    }

    public OpenAITaggingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
