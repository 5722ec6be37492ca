using Knowledge.Reference;
using Knowledge.Shared.Vocabulary;

namespace Knowledge.Establishments;

/// <summary>
/// Reads an establishment from its JSON (an API body or a seed entry) and names every bad field, such as
/// "phases[0].from" or "plannedHires[1].year". A municipality's county is added to the counties.
/// Events are not part of the body: they are added one by one and never rewritten.
/// </summary>
internal sealed class EstablishmentReader(ReferenceData reference)
{
    private const int MaxItems = 50;

    private static readonly string[] Fields = ["slug", "name", "company", "municipalities", "counties", "sector", "status", "phases", "plannedHires", "procurementWindows", "sources"];

    /// <param name="statusIfAbsent">The current status for an edit, which may leave it out; null makes it required.</param>
    public (Establishment? Establishment, IDictionary<string, string[]> Errors) Read(
        JsonObject body, string? slugFromRoute, EstablishmentStatus? statusIfAbsent, string updatedBy, DateTimeOffset updatedAt)
    {
        var fields = new FieldReader(body);
        fields.RejectUnknown(Fields);

        var slug = fields.Slug(body, slugFromRoute, "lkab-construction");
        var name = fields.String("name", required: true, maxLength: 200);
        var company = fields.String("company", required: true, maxLength: 200);
        var (municipalities, counties) = ReadPlace(fields);
        var sector = ReadSector(fields);
        var status = statusIfAbsent is not null && !fields.Has("status")
            ? statusIfAbsent
            : fields.OneOf("status", EstablishmentTerms.Statuses, required: true) is { } word ? EstablishmentTerms.Status(word) : null;
        var phases = Items(fields, body, "phases", ReadPhase);
        var hires = ReadHires(fields, body);
        var windows = Items(fields, body, "procurementWindows", ReadWindow);
        var sources = fields.Sources(body, "sources");

        if (!fields.IsValid)
        {
            return (null, fields.Errors);
        }

        return (new Establishment(
            slug!, name!, company!, municipalities!, counties!, sector!, status!.Value, phases!, hires!, windows!, [], sources!,
            updatedAt, updatedBy), fields.Errors);
    }

    private (List<string>? Municipalities, List<string>? Counties) ReadPlace(FieldReader fields)
    {
        var municipalities = fields.Codes("municipalities", code => reference.FindMunicipality(code) is not null, "an SCB municipality code, e.g. 2482");
        var counties = fields.Codes("counties", code => reference.FindCounty(code) is not null, "an SCB county code, e.g. 25");
        if (municipalities is null || counties is null)
        {
            return (null, null);
        }

        // A municipality's county is part of the establishment's counties, so the county filter finds it.
        var all = counties.Concat(municipalities.Select(m => reference.FindMunicipality(m)!.CountyCode)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (all.Count == 0)
        {
            fields.AddError("counties", "Name at least one county (SCB code, e.g. 25 Norrbotten, 24 Västerbotten) or a municipality.");
            return (null, null);
        }

        return (municipalities, all);
    }

    private static string? ReadSector(FieldReader fields)
    {
        var sector = fields.String("sector", required: true, maxLength: 1);
        if (sector is not null && sector is not [>= 'A' and <= 'U'])
        {
            fields.AddError("sector", "Must be an SNI 2007 section letter from A to U, e.g. B (mining), C (manufacturing), D (energy), F (construction).");
            return null;
        }

        return sector;
    }

    private static EstablishmentPhase? ReadPhase(FieldReader item)
    {
        item.RejectUnknown("kind", "from", "to", "note");
        var kind = item.OneOf("kind", EstablishmentTerms.PhaseKinds, required: true);
        var from = item.Month("from", required: true);
        var to = item.EndMonth("to", from);
        var note = item.Has("note") ? item.Bilingual("note", 1_000) : null;
        return kind is null || from is null ? null : new EstablishmentPhase(kind, from, to, note);
    }

    private static ProcurementWindow? ReadWindow(FieldReader item)
    {
        item.RejectUnknown("category", "phase", "from", "to", "description");
        var category = item.OneOf("category", EstablishmentTerms.ProcurementCategories, required: true);
        var phase = item.OneOf("phase", EstablishmentTerms.PhaseKinds, required: true);
        var from = item.Month("from", required: true);
        var to = item.EndMonth("to", from);
        var description = item.Has("description") ? item.Bilingual("description", 2_000) : null;
        return category is null || phase is null || from is null ? null : new ProcurementWindow(category, phase, from, to, description);
    }

    private static List<PlannedHires>? ReadHires(FieldReader fields, JsonObject body)
    {
        var hires = Items(fields, body, "plannedHires", item =>
        {
            item.RejectUnknown("year", "count");
            var year = item.Integer("year", 2000, 2100);
            var count = item.Integer("count", 0, 1_000_000);
            if (!item.Has("year"))
            {
                item.AddError("year", "Required: a year from 2000 to 2100.");
            }

            if (!item.Has("count"))
            {
                item.AddError("count", "Required: the number of planned new employees, 0 or more.");
            }

            return year is null || count is null ? null : new PlannedHires(year.Value, count.Value);
        });
        if (hires is null)
        {
            return null;
        }

        for (var i = 0; i < hires.Count; i++)
        {
            if (hires.FindIndex(h => h.Year == hires[i].Year) < i)
            {
                fields.AddError($"plannedHires[{i}].year", $"The year {hires[i].Year} is given twice; give each year once.");
                return null;
            }
        }

        return [.. hires.OrderBy(h => h.Year)];
    }

    /// <summary>An optional array of objects, each read with its own prefix ("phases[0]."); empty when absent, null when any item is bad.</summary>
    private static List<T>? Items<T>(FieldReader fields, JsonObject body, string field, Func<FieldReader, T?> read)
        where T : class
    {
        if (body[field] is null)
        {
            return [];
        }

        if (body[field] is not JsonArray array || array.Count > MaxItems)
        {
            fields.AddError(field, $"Must be an array of at most {MaxItems} objects.");
            return null;
        }

        var errorsBefore = fields.Errors.Count;
        var items = new List<T>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                fields.AddError($"{field}[{i}]", "Must be a JSON object.");
                continue;
            }

            if (read(fields.Item(item, field, i)) is { } value)
            {
                items.Add(value);
            }
        }

        return fields.Errors.Count == errorsBefore ? items : null;
    }
}
