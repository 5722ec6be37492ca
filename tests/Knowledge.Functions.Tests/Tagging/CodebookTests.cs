using Knowledge.Tagging;

namespace Knowledge.Tests.Tagging;

public sealed class CodebookTests
{
    [Fact]
    public void Applying_an_older_or_equal_version_keeps_the_newer_one()
    {
        var codebook = new Codebook();
        var shipped = codebook.Tags;
        var next = codebook.Version + 1;
        var extra = new CodebookTag("energy", new LocalizedText("Energi", "Energy"), new LocalizedText("", ""));

        Assert.True(codebook.Apply(next, [.. shipped, extra]));
        Assert.False(codebook.Apply(next, shipped));
        Assert.False(codebook.Apply(next - 1, shipped));

        Assert.Equal(next, codebook.Version);
        Assert.True(codebook.Contains("energy"));
    }
}
