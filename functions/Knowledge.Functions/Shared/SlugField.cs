namespace Knowledge.Shared;

/// <summary>The slug of a catalogue record (an example, an establishment), its address.</summary>
internal static class SlugField
{
    /// <summary>Lower-case letters a–z, digits and single hyphens, as the bodies' records declare it.</summary>
    public const string Pattern = "[a-z0-9]+(-[a-z0-9]+)*";

    /// <summary>An edit's body may not name another slug than its address.</summary>
    public static void CheckAddress(string slug, string? fromRoute, IDictionary<string, string[]> errors)
    {
        if (fromRoute is not null && slug != fromRoute)
        {
            errors.TryAdd("slug", [$"Must be the slug of the address, {fromRoute}."]);
        }
    }
}
