using System.Text.RegularExpressions;
using Knowledge.Reference;
using Knowledge.Shared.Vocabulary;
using Knowledge.Tagging;

namespace Knowledge.Examples;

/// <summary>
/// Reads an example from its JSON (an API body or a seed entry) and names every bad field: unknown tag,
/// bad URL, missing Swedish title, unknown municipality… A municipality's county is added to the place.
/// </summary>
internal sealed partial class ExampleReader(ReferenceData reference, Codebook codebook, ExampleKinds kinds)
{
    public const int MaxBodyLength = 20_000;

    private static readonly string[] Fields = ["slug", "title", "summary", "body", "place", "kind", "years", "actors", "challenges", "lessons", "sources", "status"];
    private static readonly string[] Statuses = ["draft", "published"];

    public (GoodExample? Example, IDictionary<string, string[]> Errors) Read(JsonObject body, string? slugFromRoute, string updatedBy, DateTimeOffset updatedAt)
    {
        var fields = new FieldReader(body);
        fields.RejectUnknown(Fields);

        var slug = fields.Slug(body, slugFromRoute, "facebook-lulea");
        var title = fields.Bilingual("title", 200);
        var summary = fields.Bilingual("summary", 1_000);
        var text = fields.Bilingual("body", MaxBodyLength);
        var place = ReadPlace(fields);
        var kind = fields.OneOf("kind", kinds.Ids, required: true);
        var years = ReadYears(fields, body);
        var actors = body["actors"] is null ? [] : fields.Strings("actors", 30, 200);
        var challenges = ReadChallenges(fields, body);
        var lessons = ReadLessons(fields);
        var sources = fields.Sources(body, "sources");
        var status = fields.OneOf("status", Statuses, required: false) ?? "draft";

        if (!fields.IsValid)
        {
            return (null, fields.Errors);
        }

        return (new GoodExample(
            slug!, title!, summary!, text!, place!, kind!, years!, actors!, challenges!, lessons!, sources!,
            status == "published" ? ExampleStatus.Published : ExampleStatus.Draft,
            updatedAt, updatedBy), fields.Errors);
    }

    private ExamplePlace? ReadPlace(FieldReader fields)
    {
        if (fields.Nested("place") is not { } place)
        {
            fields.AddError("place", "Required: {\"municipalities\": [], \"counties\": [], \"country\": \"SE\", \"name\": {\"sv\": \"…\"}}.");
            return null;
        }

        place.RejectUnknown("municipalities", "counties", "country", "name");
        var municipalities = place.Codes("municipalities", code => reference.FindMunicipality(code) is not null, "an SCB municipality code, e.g. 2580");
        var counties = place.Codes("counties", code => reference.FindCounty(code) is not null, "an SCB county code, e.g. 25");
        var country = place.String("country", required: false, maxLength: 3) ?? "SE";
        if (!CountryPattern().IsMatch(country))
        {
            place.AddError("country", "Must be an ISO 3166 country code such as SE, FI or US, or INT for international.");
        }

        var name = place.Bilingual("name", 200);
        if (municipalities is null || counties is null || name is null || !fields.IsValid)
        {
            return null;
        }

        // A municipality's county is part of the place, so county filters find it.
        var allCounties = counties.Concat(municipalities.Select(m => reference.FindMunicipality(m)!.CountyCode)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ExamplePlace(municipalities, allCounties, country, name);
    }

    private static List<int>? ReadYears(FieldReader fields, JsonObject body)
    {
        if (body["years"] is null)
        {
            return [];
        }

        if (body["years"] is not JsonArray array || array.Count > 30)
        {
            fields.AddError("years", "Must be an array of at most 30 years.");
            return null;
        }

        var years = new List<int>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i]?.GetValueKind() != JsonValueKind.Number || !array[i]!.AsValue().TryGetValue(out int year) || year is < 1900 or > 2100)
            {
                fields.AddError($"years[{i}]", "Must be a year from 1900 to 2100.");
                return null;
            }

            years.Add(year);
        }

        return [.. years.Distinct().Order()];
    }

    private List<string>? ReadChallenges(FieldReader fields, JsonObject body)
    {
        if (body["challenges"] is null)
        {
            return [];
        }

        if (fields.Strings("challenges", codebook.Tags.Count, 50) is not { } tags)
        {
            return null;
        }

        for (var i = 0; i < tags.Length; i++)
        {
            if (!codebook.Contains(tags[i]))
            {
                fields.AddError($"challenges[{i}]", $"Unknown challenge {tags[i]}: must be a codebook tag ({string.Join(", ", codebook.Tags.Select(t => t.Tag))}).");
                return null;
            }
        }

        return [.. tags];
    }

    private static LocalizedList? ReadLessons(FieldReader fields)
    {
        if (fields.Nested("lessons") is not { } lessons)
        {
            return fields.IsValid ? new LocalizedList([], []) : null;
        }

        lessons.RejectUnknown("sv", "en");
        string[] Items(string language) => lessons.Strings(language, 20, 1_000) ?? [];
        return new LocalizedList(Items("sv"), Items("en"));
    }

    [GeneratedRegex("^([A-Z]{2}|INT)$")]
    private static partial Regex CountryPattern();
}
