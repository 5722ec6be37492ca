using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.Shared;

/// <summary>Every 4xx and 5xx leaves as RFC 7807 problem+json; these keep titles consistent across endpoints.</summary>
internal static class Problems
{
    public static ProblemHttpResult Unauthorized(string detail = "Sign in to use this endpoint.") =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: detail);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Gone(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Withdrawn", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult TooLarge(long maxBytes) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"The body may be at most {maxBytes / 1024} KiB.");

    public static ProblemHttpResult UnsupportedMediaType(string expected) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type",
            detail: $"Send the body as UTF-8 with Content-Type: {expected}.");

    public static ProblemHttpResult UriTooLong(int maxLength) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status414UriTooLong,
            title: "Address too long",
            detail: $"The path and query may be at most {maxLength} characters.");

    public static ProblemHttpResult HeadersTooLarge(int maxFields, int maxBytes) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status431RequestHeaderFieldsTooLarge,
            title: "Request headers too large",
            detail: $"Send at most {maxFields} header fields, of at most {maxBytes / 1024} KiB together.");

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not ready", detail: detail);

    public static ProblemHttpResult StorageUnavailable(int retryAfterSeconds, string invocationId) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Storage unavailable",
            detail: $"Table storage did not answer. Try again in {retryAfterSeconds} s; sending the same request again, with the same id, is safe. Invocation id: {invocationId}.");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has invalid fields", detail: "See errors for each field.");

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
