using Knowledge.Reference;
using Knowledge.Shared.Vocabulary;

namespace Knowledge.Establishments;

/// <summary>
/// Turns a bound establishment (an API body or a seed entry) into an establishment, naming every field the
/// record's shape cannot rule out, such as "municipalities[0]", "phases[1].to" or "plannedHires[1].year".
/// A municipality's county is added to the counties.
/// </summary>
internal sealed class EstablishmentReader(ReferenceData reference)
{
    public const int MaxItems = 50;

    /// <param name="statusIfAbsent">The current status for an edit, which may leave it out; null makes it required.</param>
    public (Establishment? Establishment, IDictionary<string, string[]> Errors) Read(
        EstablishmentInput input, string? slugFromRoute, EstablishmentStatus? statusIfAbsent, string updatedBy, DateTimeOffset updatedAt)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        SlugField.CheckAddress(input.Slug, slugFromRoute, errors);
        var (municipalities, counties) = ReadPlace(input, errors);
        var status = input.Status is { } word ? EstablishmentTerms.Status(word) : statusIfAbsent;
        if (status is null)
        {
            errors.TryAdd("status", ["Required."]);
        }

        var phases = input.Phases ?? [];
        for (var i = 0; i < phases.Count; i++)
        {
            CheckEnd(phases[i].From, phases[i].To, $"phases[{i}].to", errors);
            TextLength.Check(phases[i].Note, $"phases[{i}].note", 1_000, errors);
        }

        var windows = input.ProcurementWindows ?? [];
        for (var i = 0; i < windows.Count; i++)
        {
            CheckEnd(windows[i].From, windows[i].To, $"procurementWindows[{i}].to", errors);
            TextLength.Check(windows[i].Description, $"procurementWindows[{i}].description", 2_000, errors);
        }

        var hires = input.PlannedHires ?? [];
        for (var i = 0; i < hires.Count; i++)
        {
            if (hires.Take(i).Any(h => h.Year == hires[i].Year))
            {
                errors.TryAdd($"plannedHires[{i}].year", [$"The year {hires[i].Year} is given twice; give each year once."]);
            }
        }

        var sources = SourceInput.ReadAll(input.Sources, "sources", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new Establishment(
            input.Slug, input.Name, input.Company, municipalities, counties, input.Sector, status!.Value, phases, [.. hires.OrderBy(h => h.Year)], windows, [], sources,
            updatedAt, updatedBy), errors);
    }

    private (List<string> Municipalities, List<string> Counties) ReadPlace(EstablishmentInput input, Dictionary<string, string[]> errors)
    {
        var municipalities = CodeListField.Known(input.Municipalities, "municipalities", code => reference.FindMunicipality(code) is not null, "an SCB municipality code, e.g. 2482", errors);
        var counties = CodeListField.Known(input.Counties, "counties", code => reference.FindCounty(code) is not null, "an SCB county code, e.g. 25", errors);

        // A municipality's county is part of the establishment's counties, so the county filter finds it.
        var all = counties.Concat(municipalities.Select(m => reference.FindMunicipality(m)?.CountyCode).OfType<string>())
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (all.Count == 0)
        {
            errors.TryAdd("counties", ["Name at least one county (SCB code, e.g. 25 Norrbotten, 24 Västerbotten) or a municipality."]);
        }

        return (municipalities, all);
    }

    // Months are yyyy-MM, so their text sorts in time order.
    private static void CheckEnd(string from, string? to, string field, Dictionary<string, string[]> errors)
    {
        if (to is not null && string.CompareOrdinal(to, from) < 0)
        {
            errors.TryAdd(field, [$"Must not be before from ({from})."]);
        }
    }
}
