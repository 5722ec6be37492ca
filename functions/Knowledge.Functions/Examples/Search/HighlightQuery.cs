using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Examples;

/// <summary>
/// The terms a search matched, as a query over the fields snippets come from. Near spellings are matched in one
/// field per language; moved to the summary and body they let "facebok" mark "Facebook" in the snippet too.
/// </summary>
internal static class HighlightQuery
{
    public static Query From(Query rewritten)
    {
        var terms = new HashSet<Term>();
        rewritten.ExtractTerms(terms);
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            foreach (var field in SnippetFields(term.Field))
            {
                query.Add(new TermQuery(new Term(field.Name, term.Text)), Occur.SHOULD);
            }
        }
        return query;
    }

    private static IEnumerable<SearchField> SnippetFields(string field)
    {
        foreach (var language in new[] { "sv", "en" })
        {
            SearchField[] snippets = [ExampleFields.Summary(language), ExampleFields.Body(language)];
            if (field == (language == "sv" ? ExampleFields.WordsSv : ExampleFields.WordsEn).Name)
            {
                return snippets;
            }
            if (snippets.Any(s => s.Name == field))
            {
                return snippets.Where(s => s.Name == field);
            }
        }
        return [];
    }
}
