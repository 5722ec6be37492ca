namespace Knowledge.Establishments;

/// <summary>
/// The words the API and the seed use for statuses and event kinds, and the form of a month; the body records list
/// the allowed words (statuses, phases, procurement categories) in their <c>[AllowedValues]</c>.
/// </summary>
internal static class EstablishmentTerms
{
    /// <summary>A month written yyyy-MM (2026-03), from 2000 to 2100; kept as its text, which sorts in time order.</summary>
    public const string MonthPattern = "(20[0-9]{2}|2100)-(0[1-9]|1[0-2])";

    public const string MonthMessage = "Must be a month like 2026-03, from 2000 to 2100.";

    public const string StatusChange = "status_change";

    public const string Renamed = "renamed";

    /// <summary>The snake_case word of a status, as in storage: InConstruction → in_construction.</summary>
    public static string Word(EstablishmentStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static EstablishmentStatus Status(string word) => Enum.GetValues<EstablishmentStatus>().Single(s => Word(s) == word);
}
