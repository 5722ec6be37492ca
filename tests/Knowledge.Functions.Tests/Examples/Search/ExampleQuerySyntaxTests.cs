using Knowledge.Examples;

namespace Knowledge.Tests.Examples;

public sealed class ExampleQuerySyntaxTests
{
    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("AND (")]
    [InlineData("OR NOT")]
    [InlineData("gruv* ~2 ^3 title:x")]
    [InlineData("[a TO b} { ] \\ / !")]
    [InlineData("\"\"")]
    [InlineData("\"\" \" \"")]
    [InlineData("a")]
    [InlineData("🙂 ___ ---")]
    public void Query_syntax_from_users_never_throws(string text)
    {
        using var search = Examples.Index(Examples.Make("one", "Gruvor och datahallar", summary: "Om AND och OR."));

        var result = search.Search(new ExampleQuery(text));

        Assert.True(result.Total >= 0);
        Assert.Equal(result.Total, result.Results.Count);
    }

    [Fact]
    public void An_unterminated_quote_searches_the_words_after_it()
    {
        using var search = Examples.Index(Examples.Make("one", "Datahallar i Luleå"), Examples.Make("two", "Något annat"));

        var result = search.Search(new ExampleQuery("\"datahallar"));

        Assert.Equal(["one"], result.Slugs());
    }
}
