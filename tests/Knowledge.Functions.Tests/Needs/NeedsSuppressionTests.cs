using Knowledge.Needs;

namespace Knowledge.Tests.Needs;

public sealed class NeedsSuppressionTests
{
    private static NeedsTally Tally(int respondents, params (string Tag, int Count)[] tags)
    {
        var row = new Dictionary<string, int> { ["Respondents"] = respondents };
        foreach (var (tag, count) in tags)
        {
            row["Tag_" + tag] = count;
        }

        var tally = new NeedsTally();
        tally.Add(row);
        return tally;
    }

    private static NeedsTally Total(IEnumerable<NeedsTally> tallies)
    {
        var total = new NeedsTally();
        foreach (var t in tallies)
        {
            total.Add(t);
        }

        return total;
    }

    [Fact]
    public void A_municipality_with_two_respondents_is_hidden_with_a_second_one_so_the_total_does_not_reveal_it()
    {
        var municipalities = new Dictionary<string, NeedsTally>
        {
            ["A"] = Tally(10, ("competence", 6)),
            ["B"] = Tally(2, ("competence", 2)),
            ["C"] = Tally(4, ("competence", 3)),
        };

        var decision = NeedsSuppression.Decide(municipalities, Total(municipalities.Values), threshold: 3);

        Assert.True(decision.IsRowHidden("B"));
        Assert.True(decision.IsRowHidden("C"), "The smallest other municipality is hidden too.");
        Assert.False(decision.IsRowHidden("A"));
        Assert.False(decision.IsTotalHidden(NeedsSuppression.RespondentsColumn));
    }

    [Fact]
    public void A_small_tag_count_is_hidden_with_a_second_cell_in_its_column()
    {
        var municipalities = new Dictionary<string, NeedsTally>
        {
            ["A"] = Tally(10, ("succession", 1)),
            ["B"] = Tally(8, ("succession", 5)),
            ["C"] = Tally(9, ("succession", 7)),
        };

        var decision = NeedsSuppression.Decide(municipalities, Total(municipalities.Values), threshold: 3);

        var column = NeedsSuppression.TagColumn("succession");
        Assert.True(decision.IsHidden("A", column));
        Assert.True(decision.IsHidden("B", column));
        Assert.False(decision.IsHidden("C", column));
        Assert.False(decision.IsRowHidden("A"));
    }

    [Fact]
    public void When_no_other_cell_can_hide_it_the_county_figure_is_hidden()
    {
        var municipalities = new Dictionary<string, NeedsTally> { ["A"] = Tally(2), ["B"] = Tally(0) };

        var decision = NeedsSuppression.Decide(municipalities, Total(municipalities.Values), threshold: 3);

        Assert.True(decision.IsTotalHidden(NeedsSuppression.RespondentsColumn));
    }

    [Fact]
    public void No_small_figure_is_shown_and_no_column_leaves_a_single_hidden_figure_to_subtract()
    {
        var random = new Random(7);
        string[] tags = ["competence", "financing", "timing", "succession"];
        for (var run = 0; run < 300; run++)
        {
            var municipalities = Enumerable.Range(0, random.Next(2, 15)).ToDictionary(
                i => $"M{i:D2}",
                _ =>
                {
                    var respondents = random.Next(0, 12);
                    return Tally(respondents, [.. tags.Select(t => (t, random.Next(0, respondents + 1)))]);
                });
            var total = Total(municipalities.Values);

            var decision = NeedsSuppression.Decide(municipalities, total, threshold: 3);

            foreach (var column in new[] { NeedsSuppression.RespondentsColumn }.Concat(tags.Select(NeedsSuppression.TagColumn)))
            {
                foreach (var (code, tally) in municipalities)
                {
                    var value = column == NeedsSuppression.RespondentsColumn ? tally.Respondents : tally.Tags.GetValueOrDefault(column[4..]);
                    Assert.False(value is > 0 and < 3 && !decision.IsHidden(code, column), $"Run {run}: {code} shows {value} in {column}.");
                }

                var hidden = municipalities.Keys.Count(code => decision.IsHidden(code, column));
                Assert.False(hidden == 1 && !decision.IsTotalHidden(column), $"Run {run}: one hidden figure in {column} is total minus the rest.");
            }
        }
    }
}
