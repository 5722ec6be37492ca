using Knowledge.Needs;
using Knowledge.Reference;
using Knowledge.Shared.Vocabulary;
using Knowledge.Tagging;

namespace Knowledge.Examples;

/// <summary>
/// Published examples that address a municipality's most reported challenges, from the needs counters
/// (suppressed figures are not used), each with the reason it is shown.
/// </summary>
internal sealed class ExampleRecommendations(NeedsQuery needs, CatalogueIndex index, Codebook codebook)
{
    public const int TopChallenges = 3;
    public const int MaxExamples = 5;

    public async Task<MunicipalityRecommendations> ForMunicipalityAsync(Municipality municipality, NeedsFilter filter, CancellationToken cancellationToken)
    {
        var report = await needs.ForMunicipalityAsync(municipality, filter, cancellationToken);
        var (top, examples) = await ForAsync(report.Total, new BilingualText(municipality.Name, null), cancellationToken);
        return new MunicipalityRecommendations(municipality.Code, municipality.Name, report.From, report.To, top, examples);
    }

    /// <summary>The area's top challenges and the examples for them; <paramref name="place"/> names the area in the reasons.</summary>
    public async Task<(IReadOnlyList<RankedChallenge> Top, IReadOnlyList<RecommendedExample> Examples)> ForAsync(AreaFigures figures, BilingualText place, CancellationToken cancellationToken)
    {
        var top = figures.Tags
            .Where(t => !t.Suppressed && t.Rank is not null && t.Count > 0)
            .OrderBy(t => t.Rank)
            .Take(TopChallenges)
            .ToList();
        var search = await index.SearchAsync(cancellationToken);

        // An example counts more the higher the challenges it addresses rank; ties keep the newest first.
        var candidates = new Dictionary<string, (ExampleHit Hit, List<TagFigure> Addresses, int Order)>(StringComparer.Ordinal);
        foreach (var figure in top)
        {
            foreach (var hit in search.Search(new ExampleQuery(null, Challenge: figure.Tag, PageSize: 50)).Results)
            {
                if (!candidates.TryGetValue(hit.Slug, out var candidate))
                {
                    candidate = (hit, [], candidates.Count);
                    candidates[hit.Slug] = candidate;
                }

                candidate.Addresses.Add(figure);
            }
        }

        var chosen = candidates.Values
            .OrderByDescending(c => c.Addresses.Sum(f => TopChallenges + 1 - f.Rank!.Value))
            .ThenBy(c => c.Order)
            .Take(MaxExamples)
            .ToList();

        // The hits above are in Swedish; the same searches in English give the English title and summary (the index
        // falls back to the Swedish where an example has no English, which is then left out).
        var english = top
            .SelectMany(f => search.Search(new ExampleQuery(null, Challenge: f.Tag, PageSize: 50, Language: "en")).Results)
            .DistinctBy(h => h.Slug)
            .ToDictionary(h => h.Slug, StringComparer.Ordinal);
        var examples = chosen
            .Select(c => new RecommendedExample(
                c.Hit.Slug,
                Bilingual(c.Hit.Title, english.GetValueOrDefault(c.Hit.Slug)?.Title),
                Bilingual(c.Hit.Summary, english.GetValueOrDefault(c.Hit.Slug)?.Summary),
                c.Hit.Kind,
                [.. c.Addresses.Select(f => f.Tag)],
                Reason(c.Addresses, place)))
            .ToList();
        return ([.. top.Select(f => new RankedChallenge(f.Tag, f.Rank!.Value, f.Share))], examples);
    }

    private static BilingualText Bilingual(string sv, string? en) => new(sv, en == sv ? null : en);

    private BilingualText Reason(List<TagFigure> addresses, BilingualText place)
    {
        var labels = addresses.Select(f => codebook.Tags.Single(t => t.Tag == f.Tag).Label).ToList();
        var best = addresses.Min(f => f.Rank!.Value);
        var sv = $"Tar upp {Join(labels.Select(l => l.Sv.ToLowerInvariant()), "och")}, {(best == 1 ? "det vanligaste behovet" : $"ett av de {TopChallenges} vanligaste behoven")} i {place.Sv}.";
        var en = $"Addresses {Join(labels.Select(l => l.En.ToLowerInvariant()), "and")}, {(best == 1 ? "the most reported need" : $"one of the {TopChallenges} most reported needs")} in {place.In("en")}.";
        return new BilingualText(sv, en);
    }

    private static string Join(IEnumerable<string> items, string and)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} {and} {list[^1]}";
    }
}

public sealed record MunicipalityRecommendations(string Municipality, string Name, string From, string To, IReadOnlyList<RankedChallenge> TopChallenges, IReadOnlyList<RecommendedExample> Examples);

public sealed record RankedChallenge(string Tag, int Rank, double? Share);

/// <summary>An example shown for an area's top challenges: its title and summary in Swedish and English (when it has one).</summary>
public sealed record RecommendedExample(string Slug, BilingualText Title, BilingualText Summary, string Kind, IReadOnlyList<string> Addresses, BilingualText Reason);
