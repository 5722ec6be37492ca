using Knowledge.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.Tests.Shared;

public sealed class RequestBodyTests
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=\"UTF-8\"")]
    [InlineData("application/merge-patch+json")]
    public async Task Json_as_utf8_is_read(string contentType)
    {
        var (utf8, problem) = await ReadAsync("{}"u8.ToArray(), contentType, RequestBody.Json);

        Assert.Null(problem);
        Assert.Equal("{}"u8.ToArray(), utf8);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/xml")]
    [InlineData(";;;")]
    [InlineData(null)]
    public async Task Json_of_another_type_or_charset_gets_415(string? contentType)
    {
        var (_, problem) = await ReadAsync("{}"u8.ToArray(), contentType, RequestBody.Json);

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, Assert.IsType<ProblemHttpResult>(problem).StatusCode);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/xml; charset=utf-8")]
    [InlineData("application/atom+xml")]
    public async Task Xml_types_are_xml(string contentType)
    {
        var (_, problem) = await ReadAsync("<a/>"u8.ToArray(), contentType, RequestBody.Xml);

        Assert.Null(problem);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_get_400_on_body_with_their_offset()
    {
        var (_, problem) = await ReadAsync([.. "{\"a\": \"é"u8, 0xC0, 0xAF, .. "\"}"u8], "application/json", RequestBody.Json);

        var errors = Assert.IsType<ValidationProblem>(problem).ProblemDetails.Errors;
        Assert.Contains("offset 9", Assert.Single(errors["body"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_body_is_read_whatever_its_type_so_that_the_caller_can_ask_for_one()
    {
        var (utf8, problem) = await ReadAsync([], null, RequestBody.Json);

        Assert.Null(problem);
        Assert.Empty(utf8!);
    }

    [Fact]
    public async Task Any_type_is_read_when_none_is_required_but_the_bytes_must_still_be_utf8()
    {
        Assert.Null((await ReadAsync("{}"u8.ToArray(), "text/plain; charset=latin1", mediaTypes: null)).Problem);
        Assert.IsType<ValidationProblem>((await ReadAsync([0xFF, 0xFE], "application/json", mediaTypes: null)).Problem);
    }

    private static Task<(byte[]? Utf8, IResult? Problem)> ReadAsync(byte[] body, string? contentType, string[]? mediaTypes)
    {
        var request = new DefaultHttpContext().Request;
        request.Body = new MemoryStream(body);
        request.ContentType = contentType;
        return RequestBody.ReadAsync(request, mediaTypes, 1024, CancellationToken.None);
    }
}
