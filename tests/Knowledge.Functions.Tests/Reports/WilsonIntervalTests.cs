using Knowledge.Reports;

namespace Knowledge.Tests.Reports;

public sealed class WilsonIntervalTests
{
    [Theory]
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(40, 100, 0.3094, 0.4980)]
    public void The_interval_matches_the_published_formula(int count, int total, double low, double high)
    {
        var (l, h) = WilsonInterval.Of(count, total);

        Assert.Equal(low, l, 4);
        Assert.Equal(high, h, 4);
    }

    [Fact]
    public void Few_respondents_give_a_wide_interval_where_many_give_a_narrow_one()
    {
        var (fewLow, fewHigh) = WilsonInterval.Of(3, 4);
        var (manyLow, manyHigh) = WilsonInterval.Of(300, 400);

        Assert.True(fewHigh - fewLow > 0.5);
        Assert.True(manyHigh - manyLow < 0.1);
        Assert.True(fewLow < 0.5, "3 of 4 should not rule out a county share of one half.");
    }
}
