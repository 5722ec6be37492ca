using Microsoft.AspNetCore.Http;

namespace Knowledge.Shared;

/// <summary>A record stored with an ETag, which every answer carrying it sends, for the client's next If-Match.</summary>
internal interface IVersioned
{
    string? ETag { get; }
}

/// <summary>
/// ETag concurrency on HTTP, in one place: the client's <c>If-Match</c> in, and the record's ETag out on the answer
/// that carries the record (<see cref="WriteOutcome{T}.ToResult"/> for writes, <see cref="Ok"/> for reads).
/// </summary>
internal static class EntityTags
{
    /// <summary>The request's <c>If-Match</c>, or null when the client sent none.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        string? ifMatch = request.Headers.IfMatch;
        return string.IsNullOrEmpty(ifMatch) ? null : ifMatch;
    }

    /// <summary>200 with the view of a record, and the record's ETag.</summary>
    public static IResult Ok<TView>(IVersioned record, TView view) => With(TypedResults.Ok(view), record.ETag);

    /// <summary>The result, answering with the ETag too when there is one.</summary>
    public static IResult With(IResult result, string? etag) => string.IsNullOrEmpty(etag) ? result : new Tagged(result, etag);

    private sealed class Tagged(IResult result, string etag) : IResult, INestedHttpResult
    {
        public IResult Result => result;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = etag;
            return result.ExecuteAsync(httpContext);
        }
    }
}
