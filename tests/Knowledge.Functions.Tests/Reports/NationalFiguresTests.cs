using Knowledge.Reports;

namespace Knowledge.Tests.Reports;

public sealed class NationalFiguresTests
{
    [Fact]
    public void The_shipped_figures_give_the_labour_shortage_nationally_and_in_the_north()
    {
        var competence = new NationalFigures().For("competence");

        Assert.Contains(competence, f => f.Area == "Sverige" && f.AreaEn == "Sweden" && Math.Abs(f.Share - 0.31) < 1e-9 && f.Year == 2023);
        Assert.Contains(competence, f => f.Area.StartsWith("Norra Norrland", StringComparison.Ordinal) && Math.Abs(f.Share - 0.42) < 1e-9);
        Assert.All(competence, f => Assert.Equal("https", f.Url.Scheme));
    }
}
