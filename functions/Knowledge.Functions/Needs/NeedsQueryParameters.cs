using Knowledge.Reference;
using Knowledge.Shared.Vocabulary;

namespace Knowledge.Needs;

/// <summary>The query parameters and the access rule shared by the endpoints that read a municipality's or county's needs.</summary>
internal static class NeedsQueryParameters
{
    private static readonly string[] Sources = ["survey", "notes", "all"];

    /// <summary>
    /// The municipality of the route and the period filter of the query, or the problem to answer with:
    /// 404 for an unknown municipality, 400 naming bad parameters, 403 when the caller may not see it.
    /// </summary>
    public static (Municipality? Municipality, NeedsFilter? Filter, IResult? Problem) ReadMunicipality(
        IQueryCollection query, string code, Caller caller, ReferenceData reference, DateTimeOffset now)
    {
        if (reference.FindMunicipality(code) is not { } municipality)
        {
            return (null, null, Problems.NotFound($"There is no municipality '{code}'; see /api/municipalities."));
        }

        var errors = new Dictionary<string, string[]>();
        var (filter, _) = Read(query, now, errors);
        if (errors.Count > 0)
        {
            return (null, null, Problems.Invalid(errors));
        }

        return MaySee(caller, municipality)
            ? (municipality, filter, null)
            : (null, null, Problems.Forbidden($"You may not see needs for {municipality.Code} {municipality.Name}."));
    }

    /// <summary>An admin, the municipality's own office, or a region of its county.</summary>
    public static bool MaySee(Caller caller, Municipality municipality) =>
        caller.IsAdmin
        || caller.ActsForMunicipality(municipality.Code)
        || (caller.IsInRole(Roles.Region) && caller.Counties.Contains(municipality.CountyCode));

    /// <summary>
    /// A calendar month, quarter or year as months from/to (both or neither; default: this calendar year), size,
    /// sector, source and format.
    /// </summary>
    public static (NeedsFilter? Filter, string? Format) Read(IQueryCollection q, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        var thisYear = NeedsCell.MonthOf(now)[..4];
        var (fromText, toText) = (q["from"].ToString(), q["to"].ToString());
        if (string.IsNullOrEmpty(fromText) != string.IsNullOrEmpty(toText))
        {
            errors[string.IsNullOrEmpty(fromText) ? "from" : "to"] = ["Give both from and to, or neither for this calendar year."];
        }

        var from = Month(fromText, "from", thisYear + "-01", errors);
        var to = Month(toText, "to", thisYear + "-12", errors);
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
        {
            errors["from"] = ["Must not be after 'to'."];
        }
        else if (from is not null && to is not null && !errors.ContainsKey("from") && !errors.ContainsKey("to") && !CalendarPeriods.IsCalendarPeriod(from, to))
        {
            errors["to"] = ["from and to must make one calendar month, quarter or year, e.g. from=2026-07&to=2026-09; figures are published for those periods only."];
        }

        var size = QueryValues.OneOf(q["size"], "size", CompanyClassification.SizeClasses, errors);
        var sector = QueryValues.OneOf(q["sector"], "sector", CompanyClassification.Sectors, errors);
        var source = QueryValues.OneOf(q["source"], "source", Sources, errors);
        var format = QueryValues.OneOf(q["format"], "format", ["json", "csv"], errors);
        return errors.Count > 0 ? (null, null) : (new NeedsFilter(from!, to!, size, sector, source == "all" ? null : source), format);
    }

    private static string? Month(string? text, string field, string fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            if (SupportedYears.Contains(month.Year))
            {
                return text;
            }

            errors[field] = [SupportedYears.Message];
            return null;
        }

        errors[field] = ["Must be a month like 2026-01."];
        return null;
    }

}
