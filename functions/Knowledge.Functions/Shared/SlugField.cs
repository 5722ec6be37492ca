using System.Text.RegularExpressions;

namespace Knowledge.Shared;

internal static partial class SlugField
{
    /// <summary>
    /// The record's slug: from the body, or from the address when the body leaves it out; an edit's body
    /// may not name another slug than its address.
    /// </summary>
    public static string? Slug(this FieldReader fields, JsonObject body, string? slugFromRoute, string example)
    {
        var slug = body["slug"] is null && slugFromRoute is not null ? slugFromRoute : fields.String("slug", required: true, maxLength: 80);
        if (slug is null)
        {
            return null;
        }

        if (!SlugPattern().IsMatch(slug))
        {
            fields.AddError("slug", $"Use lower-case letters a–z, digits and single hyphens, e.g. {example}.");
            return null;
        }

        if (slugFromRoute is not null && slug != slugFromRoute)
        {
            fields.AddError("slug", $"Must be the slug of the address, {slugFromRoute}.");
            return null;
        }

        return slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
