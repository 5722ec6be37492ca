namespace Knowledge.Notes;

/// <summary>
/// What a note may say about the company. A sole trader's organisation number is the owner's personal
/// identity number, so it is kept only masked.
/// </summary>
public sealed record CompanyFacts(string? Name, string? OrganisationNumber, string? SizeClass, string? Sector);
