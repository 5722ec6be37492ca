using System.Text;
using Knowledge.Exports;

namespace Knowledge.Tests.Exports;

public sealed class CodePointTextTests
{
    [Fact]
    public void An_emoji_before_a_span_counts_as_one_code_point()
    {
        var stored = "Ägaren 👵 går i pension.";
        var start = stored.IndexOf("går", StringComparison.Ordinal);

        var text = new CodePointText(stored, [start, stored.Length]);

        Assert.Equal(start - 1, text.Position(start));
        Assert.Equal(stored.EnumerateRunes().Count(), text.Position(stored.Length));
        Assert.Equal(text.Length, text.Position(stored.Length));
    }

    [Fact]
    public void Decomposed_letters_are_normalised_and_positions_follow_the_normalised_text()
    {
        var stored = "A\u0308garen sa\u0308ljer.".Normalize(NormalizationForm.FormD); // Ägaren säljer, decomposed
        var start = stored.IndexOf('s', StringComparison.Ordinal);

        var text = new CodePointText(stored, [start, stored.Length]);

        Assert.Equal("Ägaren säljer.", text.Text);
        var points = text.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.Equal("säljer.", string.Concat(points[text.Position(start)..text.Position(stored.Length)]));
    }

    [Fact]
    public void A_boundary_inside_a_surrogate_pair_moves_to_the_start_of_the_pair()
    {
        var stored = "a👵b";

        var text = new CodePointText(stored, [2]);

        Assert.Equal(1, text.Position(2));
        Assert.Equal("a👵b", text.Text);
    }
}
