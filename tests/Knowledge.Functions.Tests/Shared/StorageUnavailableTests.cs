using System.Net;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Shared;

/// <summary>The app pointed at a port with nothing listening: every storage failure is a 503 the client may retry.</summary>
public sealed class StorageUnavailableTests : IAsyncLifetime
{
    private readonly KnowledgeApp _app = new(AzuriteFixture.ConnectionStringFor(AzuriteFixture.FreePort()));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Submitting_an_answer_is_503_with_retry_after()
    {
        var office = _app.CreateClient().As(Principals.Office("2580"));

        var response = await office.SubmitAsync(SurveyAnswers.Valid("2580"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Storage unavailable", problem["title"]!.GetValue<string>());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Reading_the_needs_is_503_with_retry_after()
    {
        var region = _app.CreateClient().As(Principals.Region("25"));

        var response = await region.GetAsync("/api/needs?county=25");

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Health_is_503()
    {
        var response = await _app.CreateClient().GetAsync("/api/health");

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
    }
}
