using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Knowledge.Shared.Privacy;

namespace Knowledge.Tests.Shared.Privacy;

public sealed class MaskingCorpusTests
{
    [Fact]
    public void Every_line_of_the_corpus_is_masked_or_kept_as_it_expects()
    {
        var failures = new List<string>();
        foreach (var entry in MaskingCorpus.Cases)
        {
            var masked = PersonalDataMasker.Mask(entry.Text);
            var fits = entry.Expect switch
            {
                JsonArray kinds => kinds.Select(k => k!.GetValue<string>()).SequenceEqual(masked.Spans.Select(s => s.Kind))
                    && (kinds.Count > 0 || masked.Text == entry.Text),
                var expected => masked.Text == expected.GetValue<string>(),
            };
            if (!fits)
            {
                failures.Add($"line {entry.Line} ({entry.Note}): {Visible(entry.Text)} became {Visible(masked.Text)}, expected {(entry.Expect is JsonValue text ? Visible(text.GetValue<string>()) : entry.Expect.ToJsonString())}");
            }
        }

        Assert.True(MaskingCorpus.Cases.Count >= 100, $"The corpus has {MaskingCorpus.Cases.Count} lines; it should have at least 100.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {MaskingCorpus.Cases.Count} lines fail:\n{string.Join('\n', failures)}");
    }

    // Spaces, dashes and minus signs look alike in a failure message, so all but ASCII's are shown by code point.
    private static string Visible(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            var hidden = char.IsControl(c) || (!char.IsAscii(c) && CharUnicodeInfo.GetUnicodeCategory(c)
                is UnicodeCategory.SpaceSeparator or UnicodeCategory.DashPunctuation or UnicodeCategory.Format or UnicodeCategory.MathSymbol);
            builder.Append(hidden ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.Append('"').ToString();
    }
}
