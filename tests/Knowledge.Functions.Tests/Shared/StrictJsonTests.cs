using Knowledge.Shared;

namespace Knowledge.Tests.Shared;

public sealed class StrictJsonTests
{
    [Theory]
    [InlineData("""{"a": 1, "a": 2}""")] // parsers disagree on which one counts
    [InlineData("""{"a": 1, "\u0061": 2}""")] // the same name once unescaped
    [InlineData("""{"a": {"b": [{"c": 1, "c": 1}]}}""")]
    [InlineData("""{"a": "\ud800"}""")] // an escaped lone surrogate
    [InlineData("""{"a": "\udc00\ud800"}""")] // a pair the wrong way round
    [InlineData("""{"\ud800": 1}""")]
    [InlineData("""{"a": ["x", "\udfff"]}""")]
    public void Text_that_would_throw_when_read_is_refused_when_parsed(string json)
    {
        Assert.False(StrictJson.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.StartsWith("Malformed JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_a_string_are_refused()
    {
        Assert.False(StrictJson.TryParse([.. "{\"a\": \""u8, 0xC0, 0xAF, .. "\"}"u8], out _, out _));
    }

    [Fact]
    public void A_leading_byte_order_mark_is_ignored_and_a_surrogate_pair_reads_as_one_character()
    {
        Assert.True(StrictJson.TryParse([0xEF, 0xBB, 0xBF, .. """{"a": "\ud83d\ude00"}"""u8], out var node, out _));
        Assert.Equal("😀", node!["a"]!.GetValue<string>());
    }

    [Fact]
    public void A_syntax_error_is_placed_by_line_and_position()
    {
        Assert.False(StrictJson.TryParse("{\n  \"a\": }"u8, out _, out var error));
        Assert.Equal("Malformed JSON at line 2, position 8.", error);
    }

    [Fact]
    public void Nesting_deeper_than_32_levels_is_refused()
    {
        Assert.False(StrictJson.TryParse(System.Text.Encoding.UTF8.GetBytes(new string('[', 33) + new string(']', 33)), out _, out _));
    }
}
