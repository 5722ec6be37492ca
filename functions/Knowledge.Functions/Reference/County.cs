namespace Knowledge.Reference;

/// <summary>A Swedish county (län) with its SCB code.</summary>
public sealed record County(string Code, string Name);
