namespace Knowledge.Exports;

/// <summary>
/// A note's text as a REFI-QDA source: NFC-normalised, with positions in Unicode code points from 0.
/// The tagger's spans are UTF-16 indices into the stored text, so "👵" counts 2 there and 1 here.
/// </summary>
internal sealed class CodePointText
{
    private readonly string _stored;
    private readonly Dictionary<int, int> _positions = [];

    /// <param name="text">The stored (masked) text.</param>
    /// <param name="boundaries">The UTF-16 indices that will be asked for (span starts and ends).</param>
    public CodePointText(string text, IEnumerable<int> boundaries)
    {
        _stored = text;

        // Each piece between two boundaries is normalised on its own, so a boundary maps to exactly one
        // code-point position even where normalisation would merge characters across it.
        var cuts = boundaries.Select(b => Snap(text, b)).Append(0).Append(text.Length).Distinct().Order().ToList();
        var builder = new StringBuilder(text.Length);
        var codePoints = 0;
        for (var i = 0; i < cuts.Count; i++)
        {
            _positions[cuts[i]] = codePoints;
            if (i + 1 < cuts.Count)
            {
                var piece = text[cuts[i]..cuts[i + 1]].Normalize(NormalizationForm.FormC);
                builder.Append(piece);
                codePoints += piece.EnumerateRunes().Count();
            }
        }

        Text = builder.ToString();
        Length = codePoints;
    }

    public string Text { get; }

    /// <summary>The length in code points: the end of a whole-text selection.</summary>
    public int Length { get; }

    /// <summary>The code-point position of a UTF-16 index given as a boundary.</summary>
    public int Position(int utf16Index) => _positions[Snap(_stored, utf16Index)];

    // Inside the text, and never between the two halves of a surrogate pair.
    private static int Snap(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        return index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;
    }
}
