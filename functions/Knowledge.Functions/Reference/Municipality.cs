namespace Knowledge.Reference;

/// <summary>A Swedish municipality (kommun) with its SCB code and county.</summary>
public sealed record Municipality(string Code, string Name, string CountyCode);
