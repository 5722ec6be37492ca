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
        var county = reference.FindCounty(request.Query["county"]);
        if (county is null)
        {
            errors["county"] = ["Give a county code, e.g. ?county=25; see /api/counties."];
        }

        var (filter, format) = ReadFilter(request.Query, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (!caller.IsAdmin && !caller.Counties.Contains(county!.Code))
        {
            return Problems.Forbidden($"You may see needs only for your own counties, not {county.Code} {county.Name}.");
        }

        var report = await query.ForCountyAsync(county!, filter!, cancellationToken);
        return format == "csv"
            ? TypedResults.File(NeedsCsv.Write(report), "text/csv; charset=utf-8", $"behov-{county!.Code}-{filter!.From}-{filter.To}.csv")
            : TypedResults.Ok(report);
    }

    /// <summary>
    /// Role: office (its own municipalities), region (municipalities of its counties), admin. The municipality's
    /// figures for the period with a per-quarter series.
    /// </summary>
    [Function("Needs_Municipality")]
    public async Task<IResult> Municipality(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs/municipalities/{code}")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        if (!Authorization.TryAuthorize(request, [Roles.Office, Roles.Region, Roles.Admin], out var caller, out var denied))
        {
            return denied;
        }

        if (reference.FindMunicipality(code) is not { } municipality)
        {
            return Problems.NotFound($"There is no municipality '{code}'; see /api/municipalities.");
        }

        var errors = new Dictionary<string, string[]>();
        var (filter, _) = ReadFilter(request.Query, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var allowed = caller.IsAdmin
            || caller.ActsForMunicipality(municipality.Code)
            || (caller.IsInRole(Roles.Region) && caller.Counties.Contains(municipality.CountyCode));
        if (!allowed)
        {
            return Problems.Forbidden($"You may not see needs for {municipality.Code} {municipality.Name}.");
        }

        return TypedResults.Ok(await query.ForMunicipalityAsync(municipality, filter!, cancellationToken));
    }

    private (NeedsFilter? Filter, string? Format) ReadFilter(IQueryCollection q, Dictionary<string, string[]> errors)
    {
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
        return errors.Count > 0 ? (null, null) : (new NeedsFilter(from!, to!, size, sector, source == "all" ? null : source), format);
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
