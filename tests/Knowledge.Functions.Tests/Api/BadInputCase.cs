using Knowledge.Shared.Http;

namespace Knowledge.Tests.Api;

/// <summary>
/// What a bad request must get: a 400 naming <c>Field</c>, a 413 (or a 400 naming the field), a 400 or 404, a 412 for
/// an <c>If-Match</c> that is not the record's ETag, a 415 for a body sent as another type or charset, a 414 for an
/// over-long address, a 431 for too many or too large headers, or, for an unknown field where the schema allows more
/// (Static Web Apps' own payload), a success that stores nothing.
/// </summary>
internal enum BadInputOutcome
{
    FieldError,
    TooLarge,
    NotFoundOrInvalid,
    Stale,
    Ignored,
    UnsupportedMediaType,
    UriTooLong,
    HeadersTooLarge,
}

/// <summary>One malformed request to one operation, sent as a caller that the operation allows.</summary>
/// <param name="Operation">"PUT /api/examples/{slug}", as in the API description.</param>
/// <param name="Content">Builds the body afresh for each send (content is disposed with its request); null for none.</param>
/// <param name="Headers">Header fields sent besides the caller's principal, such as an <c>If-Match</c>.</param>
internal sealed record BadInputCase(
    string Operation,
    string Description,
    string Method,
    string Url,
    ClientPrincipal? Caller,
    Func<HttpContent>? Content,
    BadInputOutcome Outcome,
    string? Field = null,
    IReadOnlyList<(string Name, string Value)>? Headers = null)
{
    public override string ToString() => $"{Operation}: {Description}";
}
