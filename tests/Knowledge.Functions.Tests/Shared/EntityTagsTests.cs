using Knowledge.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Shared;

public sealed class EntityTagsTests
{
    [Theory]
    [InlineData(WriteStatus.Created, 201)]
    [InlineData(WriteStatus.Replayed, 200)]
    [InlineData(WriteStatus.Updated, 200)]
    public async Task A_written_record_answers_with_its_etag(WriteStatus status, int expected)
    {
        var outcome = new WriteOutcome<Versioned>(status, new Versioned("W/\"datetime'2026-12-03'\""));

        var http = await ExecuteAsync(outcome.ToResult(v => v, _ => "/api/things/1"));

        Assert.Equal(expected, http.Response.StatusCode);
        Assert.Equal("W/\"datetime'2026-12-03'\"", http.Response.Headers.ETag.ToString());
    }

    [Fact]
    public async Task A_refused_write_answers_without_an_etag()
    {
        var outcome = WriteOutcome<Versioned>.Fail(WriteStatus.PreconditionFailed, "Changed by someone else.");

        var http = await ExecuteAsync(outcome.ToResult(v => v, _ => ""));

        Assert.Equal(412, http.Response.StatusCode);
        Assert.False(http.Response.Headers.ContainsKey("ETag"));
    }

    [Fact]
    public async Task A_read_answers_with_the_etag_and_a_record_without_one_with_none()
    {
        var tagged = await ExecuteAsync(EntityTags.Ok(new Versioned("\"1\""), "view"));
        var untagged = await ExecuteAsync(EntityTags.Ok(new Versioned(null), "view"));

        Assert.Equal("\"1\"", tagged.Response.Headers.ETag.ToString());
        Assert.False(untagged.Response.Headers.ContainsKey("ETag"));
    }

    private static async Task<HttpContext> ExecuteAsync(IResult result)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        return http;
    }

    private sealed record Versioned(string? ETag) : IVersioned;
}
