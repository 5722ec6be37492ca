namespace Knowledge.Establishments;

/// <summary>The words the API and the seed use for statuses, phases, procurement categories and event kinds.</summary>
internal static class EstablishmentTerms
{
    public static readonly IReadOnlyList<string> Statuses = [.. Enum.GetValues<EstablishmentStatus>().Select(Word)];

    public static readonly IReadOnlyList<string> PhaseKinds = ["announced", "permits", "construction", "production_start", "expansion"];

    public static readonly IReadOnlyList<string> ProcurementCategories = ["construction", "maintenance", "transport", "services"];

    public const string StatusChange = "status_change";

    public const string Renamed = "renamed";

    public static readonly IReadOnlyList<string> EventKinds = [StatusChange, Renamed, "milestone"];

    /// <summary>The snake_case word of a status, as in storage: InConstruction → in_construction.</summary>
    public static string Word(EstablishmentStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static EstablishmentStatus Status(string word) => Enum.GetValues<EstablishmentStatus>().Single(s => Word(s) == word);
}
