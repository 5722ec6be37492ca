using System.Text.Json.Serialization.Metadata;
using Knowledge.Shared.Http;
using Microsoft.AspNetCore.Http;

namespace Knowledge.Shared;

/// <summary>The slug of a catalogue record (an example, an establishment), its address.</summary>
internal static class SlugField
{
    /// <summary>Lower-case letters a–z, digits and single hyphens, as the bodies' records declare it.</summary>
    public const string Pattern = "[a-z0-9]+(-[a-z0-9]+)*";

    /// <summary>
    /// Binds an edit's body, whose slug the address gives when the body leaves it out, so its record can require
    /// the slug and a create without one is named with the body's other errors.
    /// </summary>
    public static async Task<(T? Value, IResult? Problem)> BindEditAsync<T>(HttpRequest request, JsonTypeInfo<T> type, string slug, CancellationToken cancellationToken)
        where T : class
    {
        var (body, problem) = await JsonRequest.ReadObjectAsync(request, cancellationToken);
        if (body is null)
        {
            return (null, problem);
        }

        body["slug"] ??= slug;
        var (value, errors) = JsonBody.Bind(body, type);
        return value is null ? (null, Problems.Invalid(errors)) : (value, null);
    }

    /// <summary>An edit's body may not name another slug than its address.</summary>
    public static void CheckAddress(string slug, string? fromRoute, IDictionary<string, string[]> errors)
    {
        if (fromRoute is not null && slug != fromRoute)
        {
            errors.TryAdd("slug", [$"Must be the slug of the address, {fromRoute}."]);
        }
    }
}
