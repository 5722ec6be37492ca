namespace Knowledge.Shared.Privacy;

/// <summary>Text with personal data replaced by placeholders, and where those placeholders are.</summary>
public sealed record MaskedText(string Text, IReadOnlyList<MaskedSpan> Spans)
{
    public bool HasPersonalData => Spans.Count > 0;
}
