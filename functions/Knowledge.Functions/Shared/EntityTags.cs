using Microsoft.AspNetCore.Http;

namespace Knowledge.Shared;

/// <summary>ETag concurrency on HTTP: the client's <c>If-Match</c> in, the record's ETag out.</summary>
internal static class EntityTags
{
    /// <summary>The request's <c>If-Match</c>, or null when the client sent none.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        string? ifMatch = request.Headers.IfMatch;
        return string.IsNullOrEmpty(ifMatch) ? null : ifMatch;
    }

    /// <summary>Answers with the record's ETag, so the client's next edit can send it back.</summary>
    public static void Set(HttpRequest request, string? etag)
    {
        if (!string.IsNullOrEmpty(etag))
        {
            request.HttpContext.Response.Headers.ETag = etag;
        }
    }
}
