using Azure.Data.Tables;
using Knowledge.Disclosure;
using Knowledge.Needs;

namespace Knowledge.Tests.Needs;

public sealed class NeedsCounterTests
{
    private static readonly NeedsCell Cell = NeedsCell.For("2026-11", NeedsCell.Survey, "10-49", "C");

    [Fact]
    public void A_respondent_counts_once_each_tag_once_and_each_pair_once()
    {
        var counter = new TableEntity("2580", Cell.RowKey);

        NeedsCounter.Apply(counter, NeedsContribution.Of(Cell, 7, ["financing", "competence", "growth_willingness", "competence"]), +1);

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
        var first = NeedsContribution.Of(Cell, 7, ["succession", "competence"]);
        var second = NeedsContribution.Of(Cell, 7, ["competence"]);
        NeedsCounter.Apply(counter, first, +1);
        NeedsCounter.Apply(counter, second, +1);

        NeedsCounter.Apply(counter, first, -1);

        Assert.Equal(1, counter.GetInt32("Respondents"));
        Assert.Equal(1, counter.GetInt32("Tag_competence"));
        Assert.Equal(0, counter.GetInt32("Tag_succession"));
        Assert.Equal(0, counter.GetInt32("Pair_competence__succession"));
    }

    [Fact]
    public void Each_count_keeps_the_sum_of_its_records_keys_and_removing_a_record_takes_its_key_away()
    {
        var counter = new TableEntity("2580", Cell.RowKey);
        var first = NeedsContribution.Of(Cell, RecordKeys.Modulus - 5, ["competence"]);
        var second = NeedsContribution.Of(Cell, 9, ["competence", "financing"]);

        NeedsCounter.Apply(counter, first, +1);
        NeedsCounter.Apply(counter, second, +1);
        Assert.Equal(4L, counter.GetInt64("Key_Respondents"));
        Assert.Equal(4L, counter.GetInt64("Key_Tag_competence"));
        Assert.Equal(9L, counter.GetInt64("Key_Tag_financing"));

        NeedsCounter.Apply(counter, second, -1);
        Assert.Equal(RecordKeys.Modulus - 5, counter.GetInt64("Key_Respondents"));
        Assert.Equal(0L, counter.GetInt64("Key_Tag_financing"));
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

        NeedsCounter.Apply(counter, NeedsContribution.Of(Cell, 7, ["timing", "competence"], ["lkab-construction", "stegra"]), +1);
        NeedsCounter.Apply(counter, NeedsContribution.Of(Cell, 7, ["competence"], ["lkab-construction"]), +1);
        var tally = NeedsTally.Of(counter.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

        Assert.Equal(1, counter.GetInt32("Timing_lkab_construction"));
        Assert.Equal(1, counter.GetInt32("Timing_stegra"));
        Assert.Equal(1, tally.TimingByEstablishment["lkab-construction"].Count);
        Assert.Equal(2, tally.Respondents.Count);
    }
}
