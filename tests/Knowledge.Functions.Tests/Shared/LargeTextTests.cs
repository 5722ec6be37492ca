using Azure.Data.Tables;
using Knowledge.Shared;

namespace Knowledge.Tests.Shared;

public sealed class LargeTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(30_000)]
    [InlineData(95_001)]
    public void Text_of_any_length_is_read_back_whole_and_each_property_fits_the_table_limit(int length)
    {
        var text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
        var entity = new TableEntity("p", "r");

        LargeText.Write(entity, "Data", text);

        Assert.Equal(text, LargeText.Read(entity, "Data"));
        Assert.All(entity.Select(p => p.Value).OfType<string>(), v => Assert.True(v.Length <= 32 * 1024));
    }
}
