using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Knowledge.Examples;

/// <summary>
/// A good example as an index document. Texts are stored (Markdown stripped) so that a hit and its snippet come from
/// the same snapshot of the index as its score; facets are doc values so counting thousands of matches stays cheap.
/// </summary>
internal static class ExampleDocument
{
    public const string Published = "published";
    public const string Draft = "draft";

    public static Document From(GoodExample example)
    {
        var document = new Document
        {
            new StringField(ExampleFields.Slug, example.Slug, Field.Store.YES),
            new SortedDocValuesField(ExampleFields.Slug, new BytesRef(example.Slug)),
            new StringField(ExampleFields.Status, example.IsPublished ? Published : Draft, Field.Store.YES),
            new StringField(ExampleFields.Kind, example.Kind, Field.Store.YES),
            new SortedDocValuesField(ExampleFields.Kind, new BytesRef(example.Kind)),
            new NumericDocValuesField(ExampleFields.Updated, example.UpdatedAt.UtcTicks),
        };
        foreach (var challenge in example.Challenges.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(ExampleFields.Challenge, challenge, Field.Store.YES));
            document.Add(new SortedSetDocValuesField(ExampleFields.Challenge, new BytesRef(challenge)));
        }
        foreach (var county in Counties(example))
        {
            document.Add(new StringField(ExampleFields.County, county, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(ExampleFields.County, new BytesRef(county)));
        }

        Add(document, ExampleFields.TitleSv, example.Title.Sv);
        Add(document, ExampleFields.TitleEn, example.Title.En);
        Add(document, ExampleFields.SummarySv, example.Summary.Sv);
        Add(document, ExampleFields.SummaryEn, example.Summary.En);
        Add(document, ExampleFields.BodySv, MarkdownText.Strip(example.Body.Sv));
        Add(document, ExampleFields.BodyEn, example.Body.En is { } body ? MarkdownText.Strip(body) : null);
        example.Lessons.Sv.ToList().ForEach(lesson => Add(document, ExampleFields.LessonsSv, lesson));
        example.Lessons.En.ToList().ForEach(lesson => Add(document, ExampleFields.LessonsEn, lesson));
        example.Actors.ToList().ForEach(actor => Add(document, ExampleFields.Actors, actor));
        Add(document, ExampleFields.Place, example.Place.Name.Sv);
        Add(document, ExampleFields.Place, example.Place.Name.En);

        foreach (var text in SwedishText(example))
        {
            document.Add(new Lucene.Net.Documents.TextField(ExampleFields.WordsSv.Name, text, Field.Store.NO));

            // Only the Swedish text: that is where compounds are.
            document.Add(new Lucene.Net.Documents.TextField(ExampleFields.Endings, text, Field.Store.NO));
        }
        foreach (var text in EnglishText(example))
        {
            document.Add(new Lucene.Net.Documents.TextField(ExampleFields.WordsEn.Name, text, Field.Store.NO));
        }
        return document;
    }

    /// <summary>The county facet: the example's counties, or its country when it has none ("FI", "INT").</summary>
    public static IReadOnlyList<string> Counties(GoodExample example) =>
        example.Place.Counties.Count > 0 ? [.. example.Place.Counties.Distinct(StringComparer.Ordinal)] : [example.Place.Country];

    private static IEnumerable<string> SwedishText(GoodExample example) =>
        new[] { example.Title.Sv, example.Summary.Sv, MarkdownText.Strip(example.Body.Sv), example.Place.Name.Sv }
            .Concat(example.Lessons.Sv)
            .Concat(example.Actors);

    private static IEnumerable<string> EnglishText(GoodExample example) =>
        new[] { example.Title.En, example.Summary.En, example.Body.En is { } body ? MarkdownText.Strip(body) : null, example.Place.Name.En }
            .Concat(example.Lessons.En)
            .Concat(example.Actors)
            .OfType<string>()
            .Where(t => !string.IsNullOrWhiteSpace(t));

    private static void Add(Document document, SearchField field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            document.Add(new Lucene.Net.Documents.TextField(field.Name, text, Field.Store.YES));
        }
    }
}
