namespace Knowledge.Audit;

internal sealed class AuditFunctions(IAuditLog auditLog, TimeProvider clock)
{
    private const int MaxEntries = 5000;

    /// <summary>Role: admin. <c>from</c>/<c>to</c> are ISO dates or instants; the default is the last 30 days.</summary>
    [Function("Audit_List")]
    [AllowedRoles(Roles.Admin)]
    [Operation("Audit", "Audit rows in a period (default: the last 30 days, at most 5000).")]
    [Parameter("from", "A date (2026-01-31) or an ISO 8601 instant.")]
    [Parameter("to", "A date (inclusive) or an ISO 8601 instant.")]
    [Returns(200, typeof(AuditPageView), "Audit rows.")]
    [Fails(503)]
    public async Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var now = clock.GetUtcNow();
        var from = ParseInstant(request.Query["from"], "from", now.AddDays(-30), errors);
        var to = ParseInstant(request.Query["to"], "to", now.AddSeconds(1), errors, endOfDay: true);
        if (errors.Count == 0 && from >= to)
        {
            errors["to"] = ["Must be after 'from'."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var page = await auditLog.ListAsync(from, to, MaxEntries, cancellationToken);
        return TypedResults.Ok(new AuditPageView(from, to, page.Truncated, page.Entries));
    }

    private static DateTimeOffset ParseInstant(string? text, string field, DateTimeOffset fallback, Dictionary<string, string[]> errors, bool endOfDay = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (!SupportedYears.Contains(day.Year))
            {
                return OutOfRange();
            }

            // A date 'to' includes that whole day.
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return SupportedYears.Contains(instant.UtcDateTime.Year) ? instant.ToUniversalTime() : OutOfRange();
        }

        errors[field] = ["Must be a date (2026-01-31) or an ISO 8601 instant."];
        return fallback;

        DateTimeOffset OutOfRange()
        {
            errors[field] = [SupportedYears.Message];
            return fallback;
        }
    }
}
