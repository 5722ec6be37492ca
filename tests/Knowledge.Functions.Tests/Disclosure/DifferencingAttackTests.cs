using Knowledge.Disclosure;
using Xunit.Abstractions;

namespace Knowledge.Tests.Disclosure;

/// <summary>
/// The attack suite: a region's every figure for Norrbotten 2026 (<see cref="NorrbottenAttack"/>), put through every
/// subtraction of one figure from another that holds it, every total less its published parts, and the published
/// value of the cell itself, each read with the public perturbation table. The attacker is given more than a region
/// has: which figures count the same records and which hold which, from the planted truth.
/// </summary>
public sealed class DifferencingAttackTests(NorrbottenAttack attack, ITestOutputHelper output) : IClassFixture<NorrbottenAttack>
{
    private static readonly PerturbationTable Table = PerturbationTable.Shipped;

    private IEnumerable<Observation> Published => attack.Observations.Where(o => o.Published is not null);

    [Fact]
    public void The_region_saw_every_kind_of_figure_and_small_groups_among_them()
    {
        Assert.Contains(attack.Observations, o => o.Output == "csv");
        Assert.Contains(attack.Observations, o => o.Output == "municipality-quarter" && o.Published is not null);
        Assert.Contains(attack.Observations, o => o.Output == "issued-report" && o.Measure.StartsWith("timing:", StringComparison.Ordinal));
        Assert.Contains(attack.Observations, o => o.Measure == "awaiting");
        Assert.Contains(attack.Observations, o => NorrbottenAttack.Size(o.Truth) is 1 or 2);
        Assert.True(attack.Observations.Count > 10_000, $"{attack.Observations.Count} figures");
    }

    [Fact]
    public void No_figure_anywhere_is_a_one_or_a_two()
    {
        Assert.DoesNotContain(Published, o => o.Published is 1 or 2);
    }

    [Fact]
    public void The_same_companies_get_the_same_figure_in_every_output_and_query()
    {
        var contradictions = Published.GroupBy(o => o.Truth).Where(g => g.Select(o => o.Published).Distinct().Count() > 1).ToList();

        Assert.True(contradictions.Count == 0, string.Join('\n', contradictions.Take(5).Select(g => string.Join(" | ", g.Take(4)))));
    }

    [Fact]
    public void Published_breakdowns_that_hold_one_another_differ_by_none_or_at_least_the_minimum_population()
    {
        var breakdowns = Published.Where(o => o.Measure == "respondents").DistinctBy(o => o.Box).ToDictionary(o => o.Box);
        var violations = (
            from inner in breakdowns.Values
            from outerBox in Wider(inner.Box)
            where breakdowns.ContainsKey(outerBox)
            let difference = NorrbottenAttack.Size(breakdowns[outerBox].Truth) - NorrbottenAttack.Size(inner.Truth)
            where difference is > 0 and < NorrbottenAttack.MinimumPopulation
            select $"{outerBox} − {inner.Box} = {difference}").ToList();

        Assert.True(violations.Count == 0, string.Join('\n', violations.Take(10)));
    }

    [Fact]
    public void No_subtraction_or_combination_recovers_a_one_or_a_two()
    {
        // Every distinct set of records a figure counts, with the values its published figure allows.
        var figures = Published.GroupBy(o => o.Truth).ToDictionary(g => g.Key, g => Possible(g.First().Published!.Value));
        var knowledge = new Dictionary<ulong, HashSet<int>>();
        void Learn(ulong target, IEnumerable<int> values)
        {
            var allowed = values.Where(v => v >= 0).ToHashSet();
            if (knowledge.TryGetValue(target, out var known))
            {
                known.IntersectWith(allowed);
            }
            else
            {
                knowledge[target] = allowed;
            }
        }

        foreach (var (set, possible) in figures)
        {
            Learn(set, possible);
        }

        // A figure less one it holds: the records between them.
        var sets = figures.Keys.ToList();
        var subtractions = 0;
        foreach (var outer in sets)
        {
            foreach (var inner in sets)
            {
                if (outer != inner && (inner & ~outer) == 0)
                {
                    Learn(outer & ~inner, from a in figures[outer] from b in figures[inner] select a - b);
                    subtractions++;
                }
            }
        }

        // A total less all its published parts: the parts withheld.
        var totals = 0;
        foreach (var query in attack.Observations.GroupBy(o => (o.Output, o.Box.From, o.Box.To, o.Box.Size, o.Box.Sector, o.Box.Source, o.Measure)))
        {
            var total = query.FirstOrDefault(o => o.Box.Municipality is null && o.Published is not null);
            var parts = query.Where(o => o.Box.Municipality is not null && o.Published is not null).DistinctBy(o => o.Truth).ToList();
            if (total is null || parts.Count == 0 || parts.Any(p => (p.Truth & ~total.Truth) != 0))
            {
                continue;
            }

            var withheld = parts.Aggregate(total.Truth, (rest, part) => rest & ~part.Truth);
            var sums = parts.Aggregate((IEnumerable<int>)[0], (sum, part) => (from s in sum from p in figures[part.Truth] select s + p).Distinct().ToList());
            Learn(withheld, from t in figures[total.Truth] from s in sums select t - s);
            totals++;
        }

        var small = knowledge.Where(k => NorrbottenAttack.Size(k.Key) is 1 or 2).ToList();
        var recovered = small.Where(k => k.Value.Count == 1 && k.Value.Single() == NorrbottenAttack.Size(k.Key)).ToList();
        output.WriteLine($"{attack.Observations.Count} figures, {figures.Count} distinct sets, {subtractions} subtractions, {totals} totals less parts; {small.Count} sets of 1 or 2 attacked, {recovered.Count} recovered.");
        output.WriteLine($"Narrowest knowledge of a set of 1 or 2: {small.Min(k => k.Value.Count)} possible values.");

        Assert.NotEmpty(small);
        Assert.Empty(recovered);
    }

    [Fact]
    public void A_naive_subtraction_hits_a_small_group_no_more_often_than_the_table_makes_chance()
    {
        // The issue's own attack, year less month and the like: how often does a difference of two published figures equal a
        // true 1 or 2 by chance? The attacker cannot tell the hits from the misses; this measures the residual risk and
        // holds it to what independent cell keys give (both deviations equal), well within four standard deviations.
        var figures = Published.GroupBy(o => o.Truth).ToDictionary(g => g.Key, g => g.First().Published!.Value);
        var pairs = (
            from outer in figures
            from inner in figures
            where outer.Key != inner.Key && (inner.Key & ~outer.Key) == 0 && NorrbottenAttack.Size(outer.Key & ~inner.Key) is 1 or 2
            select (Hit: outer.Value - inner.Value == NorrbottenAttack.Size(outer.Key & ~inner.Key), Chance: SameDeviation(NorrbottenAttack.Size(outer.Key), NorrbottenAttack.Size(inner.Key)))).ToList();
        var hits = pairs.Count(p => p.Hit);
        var expected = pairs.Sum(p => p.Chance);
        var deviation = Math.Sqrt(pairs.Sum(p => p.Chance * (1 - p.Chance)));
        output.WriteLine($"{pairs.Count} subtractions whose true difference is 1 or 2; {hits} ({100.0 * hits / Math.Max(1, pairs.Count):0.0} %) equal it; chance alone gives {expected:0.0} ± {deviation:0.0}.");

        Assert.NotEmpty(pairs);
        Assert.True(hits <= expected + (4 * deviation), $"{hits} of {pairs.Count} subtractions gave the true small value; chance gives {expected:0.0}.");
        Assert.True(hits < pairs.Count, "every subtraction gave the true small value");
    }

    // The probability that two cells of these true counts, with independent cell keys, deviate alike.
    private static double SameDeviation(int first, int second) =>
        Table.RowsFor(first).Sum(a => Table.RowsFor(second).Where(b => b.Deviation == a.Deviation).Sum(b => a.Probability * b.Probability));

    // Every breakdown that holds this one: the county, the quarter and the year, and each filter dropped.
    private static IEnumerable<Box> Wider(Box box) =>
        from municipality in new[] { box.Municipality, null }.Distinct()
        from period in new[] { (box.From, box.To), Quarter(box.From), (box.From[..5] + "01", box.From[..5] + "12") }.Distinct()
        from size in new[] { box.Size, null }.Distinct()
        from sector in new[] { box.Sector, null }.Distinct()
        from source in new[] { box.Source, null }.Distinct()
        let wider = new Box(municipality, period.Item1, period.Item2, size, sector, source)
        where wider != box && wider.Holds(box)
        select wider;

    private static (string, string) Quarter(string month)
    {
        var first = ((int.Parse(month[5..], System.Globalization.CultureInfo.InvariantCulture) - 1) / 3 * 3) + 1;
        return ($"{month[..5]}{first:D2}", $"{month[..5]}{first + 2:D2}");
    }

    // The true counts that could have been published as the value seen.
    private static IEnumerable<int> Possible(int published) =>
        Enumerable.Range(Math.Max(0, published - Table.Parameters.MaxDeviation), (2 * Table.Parameters.MaxDeviation) + 1)
            .Where(count => Table.RowsFor(count).Any(row => count + row.Deviation == published && row.Probability > 0));
}
