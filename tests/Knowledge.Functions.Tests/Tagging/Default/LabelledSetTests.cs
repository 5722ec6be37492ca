using System.Globalization;
using Knowledge.Tagging;
using Knowledge.Tagging.Training;
using Xunit.Abstractions;

namespace Knowledge.Tests.Tagging;

public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private const double RequiredMacroF1 = 0.80;

    private static readonly string[] Tags =
    [
        "competence", "financing", "timing", "growth_willingness", "succession", "transition_requirements", "procurement", "infrastructure",
    ];

    [Fact]
    public void The_labelled_set_has_enough_statements_for_every_tag_and_for_no_challenge()
    {
        var statements = LabelledStatements.All;

        Assert.True(statements.Count >= 80, $"{statements.Count} statements");
        Assert.All(Tags, tag => Assert.True(statements.Count(s => s.Tags.Contains(tag)) >= 6, tag));
        Assert.True(statements.Count(s => s.Tags.Count == 0) >= 10);
        Assert.All(statements.SelectMany(s => s.Tags), tag => Assert.Contains(tag, Tags));
    }

    [Fact]
    public async Task The_default_tagger_reaches_a_macro_F1_of_at_least_0_80_on_the_labelled_set()
    {
        var tagger = new DefaultTagger();
        var counts = Tags.ToDictionary(t => t, _ => new TagCounts());

        foreach (var statement in LabelledStatements.All)
        {
            var result = await tagger.TagAsync(statement.Text, CancellationToken.None);
            var found = result.Tags.Select(t => t.Tag).ToHashSet();
            foreach (var tag in Tags)
            {
                counts[tag].Add(expected: statement.Tags.Contains(tag), found: found.Contains(tag));
            }
            if (!found.SetEquals(statement.Tags))
            {
                output.WriteLine($"MISS  expected [{string.Join(", ", statement.Tags)}] got [{string.Join(", ", found.Order())}]  {statement.Text}");
            }
        }

        output.WriteLine("");
        output.WriteLine($"{"tag",-24} {"TP",4} {"FP",4} {"FN",4} {"P",6} {"R",6} {"F1",6}");
        foreach (var tag in Tags)
        {
            var c = counts[tag];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tag,-24} {c.TruePositives,4} {c.FalsePositives,4} {c.FalseNegatives,4} {c.Precision,6:0.000} {c.Recall,6:0.000} {c.F1,6:0.000}"));
        }
        var macroF1 = counts.Values.Average(c => c.F1);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro-F1 {macroF1:0.000} over {LabelledStatements.All.Count} statements"));
        Assert.True(macroF1 >= RequiredMacroF1, string.Create(CultureInfo.InvariantCulture, $"macro-F1 {macroF1:0.000} is below {RequiredMacroF1:0.00}"));
    }
}
