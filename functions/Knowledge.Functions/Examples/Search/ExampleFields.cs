using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Knowledge.Examples;

/// <summary>A searched text field: its index name, its language's analyzer and its weight in a query.</summary>
internal sealed record SearchField(string Name, string Language, float Boost);

/// <summary>The index's field names and the text fields' weights (title over summary over body).</summary>
internal static class ExampleFields
{
    public const string Slug = "slug";
    public const string Status = "status";
    public const string Kind = "kind";
    public const string Challenge = "challenge";
    public const string County = "county";
    public const string Updated = "updated";
    public const string Endings = "endings";

    public static readonly SearchField TitleSv = new("title.sv", "sv", 3f);
    public static readonly SearchField TitleEn = new("title.en", "en", 3f);
    public static readonly SearchField SummarySv = new("summary.sv", "sv", 2f);
    public static readonly SearchField SummaryEn = new("summary.en", "en", 2f);
    public static readonly SearchField BodySv = new("body.sv", "sv", 1f);
    public static readonly SearchField BodyEn = new("body.en", "en", 1f);
    public static readonly SearchField LessonsSv = new("lessons.sv", "sv", 1f);
    public static readonly SearchField LessonsEn = new("lessons.en", "en", 1f);
    public static readonly SearchField Actors = new("actors", "sv", 1f);
    public static readonly SearchField Place = new("place", "sv", 1.5f);

    /// <summary>
    /// All of a language's text in one field, stems and folded forms: near spellings are looked for here (one fuzzy
    /// term per language instead of one per field), and a folded form whose stem diverged is still found.
    /// </summary>
    public static readonly SearchField WordsSv = new("words.sv", "sv", 0.5f);
    public static readonly SearchField WordsEn = new("words.en", "en", 0.5f);

    public static readonly IReadOnlyList<SearchField> Words = [WordsSv, WordsEn];

    public static readonly IReadOnlyList<SearchField> Text = [TitleSv, TitleEn, SummarySv, SummaryEn, BodySv, BodyEn, LessonsSv, LessonsEn, Actors, Place];

    /// <summary>Fields a quoted phrase is looked for in: the running text, not names.</summary>
    public static readonly IReadOnlyList<SearchField> Prose = [TitleSv, TitleEn, SummarySv, SummaryEn, BodySv, BodyEn, LessonsSv, LessonsEn];

    public static SearchField Title(string language) => language == "en" ? TitleEn : TitleSv;

    public static SearchField Summary(string language) => language == "en" ? SummaryEn : SummarySv;

    public static SearchField Body(string language) => language == "en" ? BodyEn : BodySv;

    /// <summary>Swedish analysis unless a field says English; word endings for the compound field.</summary>
    public static Analyzer Analyzer(FoldedStemmingAnalyzer swedish, FoldedStemmingAnalyzer english)
    {
        var analyzers = new Dictionary<string, Analyzer>
        {
            [Endings] = new CompoundEndingAnalyzer(),
            [WordsSv.Name] = FoldedStemmingAnalyzer.Swedish(keepFolded: true),
            [WordsEn.Name] = FoldedStemmingAnalyzer.English(keepFolded: true),
        };
        foreach (var field in Text.Where(f => f.Language == "en"))
        {
            analyzers[field.Name] = english;
        }
        return new PerFieldAnalyzerWrapper(swedish, analyzers);
    }
}
