using Knowledge.Reference;
using Knowledge.Shared.Vocabulary;
using Knowledge.Tagging;

namespace Knowledge.Examples;

/// <summary>
/// Turns a bound example (an API body or a seed entry) into an example, naming every field the record's shape
/// cannot rule out: unknown tag or kind, bad URL, unknown municipality, a year out of range, a text too long…
/// A municipality's county is added to the place.
/// </summary>
internal sealed class ExampleReader(ReferenceData reference, Codebook codebook, ExampleKinds kinds)
{
    public const int MaxBodyLength = 20_000;

    public (GoodExample? Example, IDictionary<string, string[]> Errors) Read(ExampleInput input, string? slugFromRoute, string updatedBy, DateTimeOffset updatedAt)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        SlugField.CheckAddress(input.Slug, slugFromRoute, errors);
        TextLength.Check(input.Title, "title", 200, errors);
        TextLength.Check(input.Summary, "summary", 1_000, errors);
        TextLength.Check(input.Body, "body", MaxBodyLength, errors);
        var place = ReadPlace(input.Place, errors);
        if (!kinds.Contains(input.Kind))
        {
            errors.TryAdd("kind", [$"Must be one of: {string.Join(", ", kinds.Ids)}."]);
        }

        var years = ReadYears(input.Years, errors);
        TextLength.Check(input.Actors, "actors", 200, errors);
        var challenges = ReadChallenges(input.Challenges, errors);
        var lessons = input.Lessons ?? new LocalizedList([], []);
        TextLength.Check(lessons.Sv, "lessons.sv", 1_000, errors);
        TextLength.Check(lessons.En, "lessons.en", 1_000, errors);
        var sources = SourceInput.ReadAll(input.Sources, "sources", errors);

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new GoodExample(
            input.Slug, input.Title, input.Summary, input.Body, place, input.Kind, years, Distinct(input.Actors), challenges,
            new LocalizedList(Distinct(lessons.Sv), Distinct(lessons.En)), sources,
            input.Status == "published" ? ExampleStatus.Published : ExampleStatus.Draft,
            updatedAt, updatedBy), errors);
    }

    private ExamplePlace ReadPlace(ExamplePlaceInput place, Dictionary<string, string[]> errors)
    {
        TextLength.Check(place.Name, "place.name", 200, errors);
        var municipalities = CodeListField.Known(place.Municipalities, "place.municipalities", code => reference.FindMunicipality(code) is not null, "an SCB municipality code, e.g. 2580", errors);
        var counties = CodeListField.Known(place.Counties, "place.counties", code => reference.FindCounty(code) is not null, "an SCB county code, e.g. 25", errors);

        // A municipality's county is part of the place, so county filters find it.
        var allCounties = counties.Concat(municipalities.Select(m => reference.FindMunicipality(m)?.CountyCode).OfType<string>())
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new ExamplePlace(municipalities, allCounties, place.Country ?? "SE", place.Name);
    }

    private static List<int> ReadYears(IReadOnlyList<int>? years, Dictionary<string, string[]> errors)
    {
        years ??= [];
        for (var i = 0; i < years.Count; i++)
        {
            if (years[i] is < 1900 or > 2100)
            {
                errors.TryAdd($"years[{i}]", ["Must be a year from 1900 to 2100."]);
            }
        }

        return [.. years.Distinct().Order()];
    }

    private List<string> ReadChallenges(IReadOnlyList<string>? challenges, Dictionary<string, string[]> errors)
    {
        challenges ??= [];
        if (challenges.Count > codebook.Tags.Count)
        {
            errors.TryAdd("challenges", [$"At most {codebook.Tags.Count} items."]);
        }

        for (var i = 0; i < challenges.Count; i++)
        {
            if (!codebook.Contains(challenges[i]))
            {
                errors.TryAdd($"challenges[{i}]", [$"Unknown challenge {challenges[i]}: must be a codebook tag ({string.Join(", ", codebook.Tags.Select(t => t.Tag))})."]);
            }
        }

        return Distinct(challenges);
    }

    private static List<string> Distinct(IReadOnlyList<string>? items) => [.. (items ?? []).Distinct(StringComparer.Ordinal)];
}
