namespace Knowledge.Shared;

/// <summary>The slug of a catalogue record (an example, an establishment), its address.</summary>
internal static class SlugField
{
    /// <summary>Lower-case letters a–z, digits and single hyphens, as the bodies' records declare it.</summary>
    public const string Pattern = "[a-z0-9]+(-[a-z0-9]+)*";

    /// <summary>
    /// The record's slug: the body's, or the address's when an edit's body leaves it out; an edit's body may not
    /// name another slug than its address.
    /// </summary>
    public static string? Resolve(string? fromBody, string? fromRoute, IDictionary<string, string[]> errors)
    {
        if (fromBody is not null && fromRoute is not null && fromBody != fromRoute)
        {
            errors.TryAdd("slug", [$"Must be the slug of the address, {fromRoute}."]);
            return null;
        }

        if ((fromBody ?? fromRoute) is not { } slug)
        {
            errors.TryAdd("slug", ["Required."]);
            return null;
        }

        return slug;
    }
}
