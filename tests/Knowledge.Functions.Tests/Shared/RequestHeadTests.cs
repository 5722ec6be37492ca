using Knowledge.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.Tests.Shared;

public sealed class RequestHeadTests
{
    [Theory]
    [InlineData("/api/examples/caf%C3%A9")]
    [InlineData("/api/examples?q=%e2%82%ac")] // lower-case hex
    [InlineData("/api/examples?q=%25FF")] // an escaped '%': the text "%FF"
    [InlineData("/api/examples?q=a+b&county=&")]
    [InlineData("/api/examples?")]
    public void A_percent_encoded_utf8_address_passes(string target)
    {
        Assert.Null(RequestHead.Check(Request(target)));
    }

    [Theory]
    [InlineData("/api/examples/%C0%AF", "path")]
    [InlineData("/api/examples/%ZZ", "path")]
    [InlineData("/api/examples?county=%ED%A0%80", "county")]
    [InlineData("/api/examples?county=%E2%82", "county")]
    [InlineData("/api/examples?county=25%", "county")]
    [InlineData("/api/examples?a+b%20c=%FF", "a b c")]
    [InlineData("/api/examples?%FF=1", "query")]
    [InlineData("/api/examples?=%FF", "query")]
    public void An_address_that_is_not_percent_encoded_utf8_gets_400_naming_the_parameter_or_the_path(string target, string field)
    {
        var problem = Assert.IsType<ValidationProblem>(RequestHead.Check(Request(target)));

        Assert.Equal([field], problem.ProblemDetails.Errors.Keys);
    }

    [Fact]
    public void An_address_of_4096_characters_passes_and_one_more_gets_414()
    {
        var target = "/api/examples?q=" + new string('x', RequestHead.MaxTargetLength - 16);

        Assert.Null(RequestHead.Check(Request(target)));
        Assert.Equal(StatusCodes.Status414UriTooLong, Assert.IsType<ProblemHttpResult>(RequestHead.Check(Request(target + "x"))).StatusCode);
    }

    [Fact]
    public void A_hundred_header_fields_pass_and_one_more_gets_431()
    {
        var request = Request("/api/examples");
        for (var i = 1; i <= RequestHead.MaxHeaderFields; i++)
        {
            request.Headers.Append("x-field", "v");
        }

        Assert.Null(RequestHead.Check(request));
        request.Headers.Append("x-more", "v");
        Assert.Equal(StatusCodes.Status431RequestHeaderFieldsTooLarge, Assert.IsType<ProblemHttpResult>(RequestHead.Check(request)).StatusCode);
    }

    [Fact]
    public void Headers_of_32_KiB_pass_and_one_byte_more_gets_431()
    {
        var request = Request("/api/examples");
        request.Headers["x"] = new string('v', RequestHead.MaxHeaderBytes - "x: \r\n".Length);

        Assert.Null(RequestHead.Check(request));
        request.Headers["x"] += "v";
        Assert.Equal(StatusCodes.Status431RequestHeaderFieldsTooLarge, Assert.IsType<ProblemHttpResult>(RequestHead.Check(request)).StatusCode);
    }

    private static HttpRequest Request(string target)
    {
        var context = new DefaultHttpContext();
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = target;
        return context.Request;
    }
}
