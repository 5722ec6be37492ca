namespace Knowledge.Reference;

/// <summary>A Swedish county (län) with its SCB code, its Swedish name and its English one ("Norrbotten County").</summary>
public sealed record County(string Code, string Name, string NameEn);
