using Knowledge.Reports;

namespace Knowledge.Tests.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-Q3", "2026-07", "2026-09", "2026-Q2")]
    [InlineData("2026-Q1", "2026-01", "2026-03", "2025-Q4")]
    [InlineData("2026-09", "2026-09", "2026-09", "2026-08")]
    [InlineData("2026-01", "2026-01", "2026-01", "2025-12")]
    public void A_period_covers_its_months_and_knows_the_one_before(string text, string from, string to, string previous)
    {
        Assert.True(ReportPeriod.TryParse(text, out var period));

        Assert.Equal(text, period.Name);
        Assert.Equal(from, period.From);
        Assert.Equal(to, period.To);
        Assert.Equal(previous, period.Previous.Name);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("2026-9")]
    [InlineData("Q3-2026")]
    [InlineData("2026-09-01")]
    [InlineData("0001-01")]
    [InlineData("9999-12")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_text_is_not_a_period(string? text) =>
        Assert.False(ReportPeriod.TryParse(text, out _));

    [Fact]
    public void The_monthly_report_covers_the_month_before()
    {
        Assert.Equal("2026-11", ReportPeriod.MonthBefore(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero)).Name);
        Assert.Equal("2025-12", ReportPeriod.MonthBefore(new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.Zero)).Name);
    }
}
