using System.Runtime.Serialization;
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
        var entity = new FourChunks();

        entity.Data = text;

        Assert.Equal(text, entity.Data);
        Assert.Equal((length + LargeText.ChunkLength - 1) / LargeText.ChunkLength, entity.DataChunks);
        Assert.All(entity.Chunks, chunk => Assert.True((chunk?.Length ?? 0) <= 32 * 1024));
    }

    [Fact]
    public void A_shorter_text_clears_the_chunks_a_longer_one_used()
    {
        var entity = new FourChunks { Data = new string('a', 70_000) };

        entity.Data = "kort";

        Assert.Equal(new string?[] { "kort", null, null, null }, entity.Chunks);
    }

    private sealed class FourChunks : TableRow
    {
        public int DataChunks { get; set; }

        public string? Data0 { get; set; }

        public string? Data1 { get; set; }

        public string? Data2 { get; set; }

        public string? Data3 { get; set; }

        [IgnoreDataMember]
        public string Data
        {
            get => LargeText.Join(this, nameof(Data));
            set => LargeText.Split(this, nameof(Data), value);
        }

        [IgnoreDataMember]
        public string?[] Chunks => [Data0, Data1, Data2, Data3];
    }
}
