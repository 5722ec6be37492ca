using System.Text.Json.Nodes;
using Knowledge.Shared;

namespace Knowledge.Tests.Shared;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Property_order_does_not_change_the_hash()
    {
        var a = JsonNode.Parse("""{"a":1,"b":{"x":[1,2],"y":"å"}}""");
        var b = JsonNode.Parse("""{ "b": { "y": "å", "x": [1, 2] }, "a": 1 }""");

        Assert.Equal(CanonicalJson.Hash(a), CanonicalJson.Hash(b));
    }

    [Theory]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""")]
    [InlineData("""{"a":"1"}""", """{"a":1}""")]
    [InlineData("""{"a":null}""", """{}""")]
    [InlineData("""{"a":{"b":1}}""", """{"a":{"b":1,"c":2}}""")]
    public void Different_content_changes_the_hash(string left, string right)
    {
        Assert.NotEqual(CanonicalJson.Hash(JsonNode.Parse(left)), CanonicalJson.Hash(JsonNode.Parse(right)));
    }
}
