using System.Globalization;
using Knowledge.Access;
using Knowledge.Notes;
using Knowledge.Reference;
using Knowledge.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.Needs;

internal sealed class NeedsFunctions(NeedsQuery query, ReferenceData reference, TimeProvider clock)
{
    private static readonly string[] Sources = ["survey", "notes", "all"];

    /// <summary>
    /// Role: region (its own counties) or admin. Aggregated needs for a county and its municipalities;
    /// <c>format=csv</c> gives the same figures for Swedish Excel.
    /// </summary>
    [Function("Needs_Query")]
    public async Task<IResult> Query(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, [Roles.Region, Roles.Admin], out var caller, out var denied))
        {
            return denied;
        }

        var errors = new Dictionary<string, string[]>();
        var q = request.Query;
        var county = reference.FindCounty(q["county"]);
        if (county is null)
        {
            errors["county"] = ["Give a county code, e.g. ?county=25; see /api/counties."];
        }

        var thisMonth = NeedsCell.MonthOf(clock.GetUtcNow());
        var to = Month(q["to"], "to", thisMonth, errors);
        var from = Month(q["from"], "from", to is null ? thisMonth : ShiftMonths(to, -11), errors);
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
        {
            errors["from"] = ["Must not be after 'to'."];
        }

        var size = Optional(q["size"], "size", CompanyClassification.SizeClasses, errors);
        var sector = Optional(q["sector"], "sector", CompanyClassification.Sectors, errors);
        var source = Optional(q["source"], "source", Sources, errors);
        var format = Optional(q["format"], "format", ["json", "csv"], errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (!caller.IsAdmin && !caller.Counties.Contains(county!.Code))
        {
            return Problems.Forbidden($"You may see needs only for your own counties, not {county.Code} {county.Name}.");
        }

        var filter = new NeedsFilter(from!, to!, size, sector, source == "all" ? null : source);
        var report = await query.ForCountyAsync(county!, filter, cancellationToken);
        return format == "csv"
            ? TypedResults.File(NeedsCsv.Write(report), "text/csv; charset=utf-8", $"behov-{county!.Code}-{from}-{to}.csv")
            : TypedResults.Ok(report);
    }

    private static string? Month(string? text, string field, string fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return text;
        }

        errors[field] = ["Must be a month like 2026-01."];
        return null;
    }

    private static string ShiftMonths(string month, int months) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(months).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string? Optional(string? value, string field, IReadOnlyList<string> allowed, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!allowed.Contains(value))
        {
            errors[field] = [$"Must be one of: {string.Join(", ", allowed)}."];
            return null;
        }

        return value;
    }
}
