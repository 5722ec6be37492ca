using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class OpenAITaggerOptionsTests
{
    [Theory]
    [InlineData("https://x.openai.azure.com/", "gpt-4o-mini", true)]
    [InlineData("https://x.openai.azure.com/", null, false)]
    [InlineData(null, "gpt-4o-mini", false)]
    [InlineData(" ", "gpt-4o-mini", false)]
    public void Openai_is_configured_only_with_both_endpoint_and_deployment(string? endpoint, string? deployment, bool configured)
    {
        var options = new OpenAITaggerOptions { Endpoint = endpoint, Deployment = deployment };

        Assert.Equal(configured, options.IsConfigured);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(0, OpenAITaggerOptions.DefaultTimeoutSeconds)]
    [InlineData(-3, OpenAITaggerOptions.DefaultTimeoutSeconds)]
    public void A_timeout_that_is_not_positive_falls_back_to_the_default(int seconds, int expected)
    {
        var options = new OpenAITaggerOptions { TimeoutSeconds = seconds };

        Assert.Equal(TimeSpan.FromSeconds(expected), options.Timeout);
    }
}
