namespace Knowledge.Shared.Privacy;

/// <summary>
/// Replaces personal identity numbers, e-mail addresses and phone numbers with placeholders such as "[telefon]" before
/// text is stored for analysis or leaves the service. Detectors read a <see cref="DetectionText"/> of the text (any
/// space, dash or fullwidth digit as its ASCII form), and the rest of the text stays as typed. Names are not masked:
/// telling a person's name from a company, place or product needs more than patterns, so that is out of scope here.
/// </summary>
public static class PersonalDataMasker
{
    // In precedence order: each pass sees the placeholders of the ones before, which contain no digits or '@'. A
    // number such as 0701234567 has both shapes; it is taken for an identity number first only when its check digit
    // fits, and is masked either way.
    private static readonly Func<string, IEnumerable<Detection>>[] Passes =
    [
        text => IdentityNumberDetector.Find(text, checkDigitMustFit: true),
        EmailAddressDetector.Find,
        PhoneNumberDetector.Find,
        text => IdentityNumberDetector.Find(text, checkDigitMustFit: false),
    ];

    /// <summary>Masks <paramref name="text"/>; the spans are positions in the masked text, in reading order.</summary>
    public static MaskedText Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<MaskedSpan> spans = [];
        foreach (var pass in Passes)
        {
            (text, spans) = Replace(text, pass(DetectionText.Of(text)), spans);
        }

        return new MaskedText(text, spans);
    }

    /// <summary>
    /// Replaces <paramref name="detections"/> that overlap neither an earlier pass's placeholder nor an earlier-starting
    /// detection, and moves the earlier <paramref name="spans"/> (sorted by start) to where their placeholders now sit.
    /// </summary>
    private static (string Text, IReadOnlyList<MaskedSpan> Spans) Replace(
        string text, IEnumerable<Detection> detections, IReadOnlyList<MaskedSpan> spans)
    {
        var accepted = new List<Detection>();
        var next = 0;
        foreach (var detection in detections.OrderBy(d => d.Start))
        {
            while (next < spans.Count && spans[next].End <= detection.Start)
            {
                next++;
            }

            var overlapsPlaceholder = next < spans.Count && spans[next].Start < detection.End;
            var overlapsAccepted = accepted.Count > 0 && detection.Start < accepted[^1].End;
            if (!overlapsPlaceholder && !overlapsAccepted)
            {
                accepted.Add(detection);
            }
        }

        if (accepted.Count == 0)
        {
            return (text, spans);
        }

        var builder = new StringBuilder(text.Length);
        var moved = new List<MaskedSpan>(spans.Count + accepted.Count);
        var position = 0;
        next = 0;
        foreach (var detection in accepted)
        {
            CopyUpTo(detection.Start);
            var placeholder = PersonalDataKinds.Placeholder(detection.Kind);
            moved.Add(new MaskedSpan(detection.Kind, builder.Length, builder.Length + placeholder.Length));
            builder.Append(placeholder);
            position = detection.End;
        }

        CopyUpTo(text.Length);
        return (builder.ToString(), moved);

        // Copies unchanged text, carrying along the earlier placeholders inside it.
        void CopyUpTo(int end)
        {
            var shift = builder.Length - position;
            for (; next < spans.Count && spans[next].Start < end; next++)
            {
                moved.Add(spans[next] with { Start = spans[next].Start + shift, End = spans[next].End + shift });
            }

            builder.Append(text, position, end - position);
        }
    }
}
