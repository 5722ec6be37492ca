namespace Knowledge.Establishments;

/// <summary>
/// An establishment's name follows its renaming events: the latest one (by date) gives the name shown, and each
/// records the name it replaced, so the register keeps the earlier names ("Stegra, tidigare H2 Green Steel").
/// </summary>
internal static class EstablishmentNames
{
    /// <summary>
    /// The name after adding <paramref name="added"/> to <paramref name="events"/> (stored events, oldest first), and the
    /// event with the name it replaced. A back-dated renaming adds history without undoing a later one.
    /// </summary>
    public static (string Name, EstablishmentEvent Event) Apply(string current, IEnumerable<EstablishmentEvent> events, EstablishmentEvent added)
    {
        if (added.Kind != EstablishmentTerms.Renamed || added.Name is not { } name)
        {
            return (current, added);
        }

        var renamings = events.Where(e => e.Kind == EstablishmentTerms.Renamed && e.Name is not null).OrderBy(e => e.Date).ToList();
        var before = renamings.LastOrDefault(e => e.Date <= added.Date);
        // Before every stored renaming, the name was the one the earliest of them replaced.
        var former = before?.Name ?? renamings.FirstOrDefault()?.FormerName ?? current;
        var latest = renamings.Count == 0 || added.Date >= renamings[^1].Date;
        return (latest ? name : current, added with { FormerName = former });
    }

    /// <summary>The earlier names, the most recent first, from the renaming events; never the name shown.</summary>
    public static IReadOnlyList<string> Former(Establishment establishment) =>
        [.. establishment.Events
            .Where(e => e.Kind == EstablishmentTerms.Renamed)
            .OrderBy(e => e.Date)
            .SelectMany(e => new[] { e.FormerName, e.Name })
            .OfType<string>()
            .Where(n => n != establishment.Name)
            .Distinct(StringComparer.Ordinal)
            .Reverse()];
}
