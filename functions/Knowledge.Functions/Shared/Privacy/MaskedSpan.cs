namespace Knowledge.Shared.Privacy;

/// <summary>Where a placeholder of <paramref name="Kind"/> sits in the masked text; <paramref name="End"/> is exclusive.</summary>
public sealed record MaskedSpan(string Kind, int Start, int End);
