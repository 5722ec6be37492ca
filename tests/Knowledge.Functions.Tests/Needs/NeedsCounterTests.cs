using Azure.Data.Tables;
using Knowledge.Needs;

namespace Knowledge.Tests.Needs;

public sealed class NeedsCounterTests
{
    private static readonly NeedsCell Cell = NeedsCell.For("2026-11", NeedsCell.Survey, "10-49", "C");

    [Fact]
    public void A_respondent_counts_once_each_tag_once_and_each_pair_once()
    {
        var counter = new TableEntity("2580", Cell.RowKey);

        NeedsCounter.Apply(counter, NeedsContribution.Of(Cell, ["financing", "competence", "growth_willingness", "competence"]), +1);

        Assert.Equal(1, counter.GetInt32("Respondents"));
        Assert.Equal(1, counter.GetInt32("Tag_competence"));
        Assert.Equal(1, counter.GetInt32("Tag_growth_willingness"));
        Assert.Equal(1, counter.GetInt32("Pair_competence__financing"));
        Assert.Equal(1, counter.GetInt32("Pair_financing__growth_willingness"));
        Assert.Null(counter.GetInt32("Pair_financing__competence"));
        Assert.Equal(3, counter.Count(p => p.Key.StartsWith("Pair_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Removing_a_contribution_undoes_adding_it()
    {
        var counter = new TableEntity("2580", Cell.RowKey);
        var first = NeedsContribution.Of(Cell, ["succession", "competence"]);
        var second = NeedsContribution.Of(Cell, ["competence"]);
        NeedsCounter.Apply(counter, first, +1);
        NeedsCounter.Apply(counter, second, +1);

        NeedsCounter.Apply(counter, first, -1);

        Assert.Equal(1, counter.GetInt32("Respondents"));
        Assert.Equal(1, counter.GetInt32("Tag_competence"));
        Assert.Equal(0, counter.GetInt32("Tag_succession"));
        Assert.Equal(0, counter.GetInt32("Pair_competence__succession"));
    }

    [Theory]
    [InlineData("2026-01-31T22:59:59Z", "2026-01")]
    [InlineData("2026-01-31T23:00:00Z", "2026-02")] // midnight in Sweden (CET)
    [InlineData("2026-06-30T22:00:00Z", "2026-07")] // midnight in Sweden (CEST)
    public void Months_follow_swedish_local_time(string instant, string month)
    {
        Assert.Equal(month, NeedsCell.MonthOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Missing_size_and_sector_count_as_unknown()
    {
        var cell = NeedsCell.For("2026-03", NeedsCell.Notes, null, "");

        Assert.Equal("count-2026-03-notes-unknown-unknown", cell.RowKey);
    }

    [Fact]
    public void A_timing_need_counts_for_each_establishment_the_company_wants_to_supply()
    {
        var counter = new TableEntity("2580", Cell.RowKey);

        NeedsCounter.Apply(counter, NeedsContribution.Of(Cell, ["timing", "competence"], ["lkab-construction", "stegra"]), +1);
        NeedsCounter.Apply(counter, NeedsContribution.Of(Cell, ["competence"], ["lkab-construction"]), +1);
        var tally = new NeedsTally();
        tally.Add(counter.Where(p => p.Value is int).ToDictionary(p => p.Key, p => (int)p.Value));

        Assert.Equal(1, counter.GetInt32("Timing_lkab_construction"));
        Assert.Equal(1, counter.GetInt32("Timing_stegra"));
        Assert.Equal(1, tally.TimingByEstablishment["lkab-construction"]);
        Assert.Equal(2, tally.Respondents);
    }
}
