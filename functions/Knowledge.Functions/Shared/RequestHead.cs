using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Knowledge.Shared;

/// <summary>
/// Checks a request's line and headers before its function runs, the same in both hosts: an over-long address gets 414,
/// too many or too large headers 431, and an address that is not percent-encoded UTF-8 a 400 naming the query parameter
/// (or <c>path</c>), each as problem+json. The servers leave what does not decode as it came ("%FF" stays three
/// characters), so without this a function would take such bytes for text.
/// </summary>
internal static class RequestHead
{
    /// <summary>Path and query, as sent: Azure Functions' own limit for the URL of an HTTP trigger.</summary>
    public const int MaxTargetLength = 4096;

    // Kestrel's defaults, counted as it counts them: each field's name, ": ", value and line end.
    public const int MaxHeaderFields = 100;

    public const int MaxHeaderBytes = 32 * 1024;

    private const string NotUtf8 = "Must be percent-encoded UTF-8.";

    public static IResult? Check(HttpRequest request)
    {
        var target = Target(request);
        if (target.Length > MaxTargetLength)
        {
            return Problems.UriTooLong(MaxTargetLength);
        }

        var (fields, bytes) = (0, 0);
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                fields++;
                bytes += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        if (fields > MaxHeaderFields || bytes > MaxHeaderBytes)
        {
            return Problems.HeadersTooLarge(MaxHeaderFields, MaxHeaderBytes);
        }

        var errors = new Dictionary<string, string[]>();
        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (!IsPercentEncodedUtf8(query < 0 ? target : target[..query]))
        {
            errors["path"] = [NotUtf8];
        }

        foreach (var pair in query < 0 ? [] : target[(query + 1)..].Split('&'))
        {
            if (!IsPercentEncodedUtf8(pair))
            {
                var name = pair.Split('=')[0];
                errors[name.Length > 0 && IsPercentEncodedUtf8(name) ? Uri.UnescapeDataString(name.Replace('+', ' ')) : "query"] = [NotUtf8];
            }
        }

        return errors.Count == 0 ? null : Problems.Invalid(errors);
    }

    /// <summary>
    /// Moves Kestrel's own limits on the request line and headers far past these, so that these answer first: past its
    /// limits Kestrel answers a bare 414 or 431 and closes the connection before any application code runs.
    /// </summary>
    public static void RaiseServerLimits(KestrelServerOptions options)
    {
        options.Limits.MaxRequestLineSize = 256 * 1024;
        options.Limits.MaxRequestHeadersTotalSize = 256 * 1024;
        options.Limits.MaxRequestHeaderCount = 1000;
    }

    // As sent, where the server keeps it (Kestrel); elsewhere rebuilt from the decoded path, which always encodes well.
    private static string Target(HttpRequest request) =>
        request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw ? raw : request.GetEncodedPathAndQuery();

    /// <summary>Every '%' starts a two-digit hex escape, and the bytes the text stands for are UTF-8.</summary>
    private static bool IsPercentEncodedUtf8(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return true;
        }

        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                length += Encoding.UTF8.GetBytes(text.AsSpan(i, 1), bytes.AsSpan(length));
            }
            else if (i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var escaped))
            {
                bytes[length++] = escaped;
                i += 2;
            }
            else
            {
                return false;
            }
        }

        return Utf8.IsValid(bytes.AsSpan(0, length));
    }
}
