using System.Globalization;
using System.Text;
using Knowledge.Disclosure;

namespace Knowledge.Tests.Disclosure;

/// <summary>
/// Builds a perturbation table from its parameters as sdcTools/ptable does: for each true count, the maximum-entropy
/// distribution over the allowed deviations with mean 0 and the given variance. A deviation is allowed when it is
/// within the largest deviation and lands on 0 or on at least the smallest published value. Where no distribution
/// over the allowed deviations is that narrow (counts 1 and 2), the narrowest unbiased one is taken.
/// </summary>
internal static class PerturbationTableBuilder
{
    public static string BuildCsv(PerturbationParameters parameters)
    {
        var csv = new StringBuilder().Append(parameters).Append('\n').Append("count,deviation,probability,from,to\n");
        var lastCount = parameters.MaxDeviation + parameters.SmallestPublished;
        for (var count = 0; count <= lastCount; count++)
        {
            var from = 0.0;
            var row = Distribution(count, parameters);

            // Cell keys near 0 keep the count unchanged, then the smaller deviations: any order gives the same distribution.
            var ordered = row.OrderBy(d => Math.Abs(d.Deviation)).ThenBy(d => d.Deviation).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var to = i == ordered.Count - 1 ? 1.0 : Math.Round(from + ordered[i].Probability, 12);
                csv.Append(CultureInfo.InvariantCulture, $"{count},{ordered[i].Deviation},{ordered[i].Probability:0.############},{from:0.############},{to:0.############}\n");
                from = to;
            }
        }

        return csv.ToString();
    }

    public static IReadOnlyList<(int Deviation, double Probability)> Distribution(int count, PerturbationParameters parameters)
    {
        if (count == 0)
        {
            return [(0, 1.0)];
        }

        var allowed = Enumerable.Range(-Math.Min(count, parameters.MaxDeviation), Math.Min(count, parameters.MaxDeviation) + parameters.MaxDeviation + 1)
            .Where(v => count + v == 0 || count + v >= parameters.SmallestPublished)
            .ToArray();

        // The narrowest unbiased distribution: all weight on the nearest deviation on either side of 0.
        if (!allowed.Contains(0))
        {
            var below = allowed.Where(v => v < 0).Max();
            var above = allowed.Where(v => v > 0).Min();
            if (-below * above >= parameters.Variance)
            {
                var pBelow = (double)above / (above - below);
                return [(below, pBelow), (above, 1 - pBelow)];
            }
        }

        // p(v) ∝ exp(a·v + b·v²): the variance grows with b once a is set for mean 0, so nested bisection finds both.
        double Mean(double a, double b) => Moments(allowed, a, b).Mean;
        double SolveA(double b) => Bisect(a => Mean(a, b), 0, -60, 60);
        var bSolved = Bisect(b => Moments(allowed, SolveA(b), b).Variance, parameters.Variance, -30, 30);
        var aSolved = SolveA(bSolved);
        var weights = allowed.Select(v => Math.Exp((aSolved * v) + (bSolved * v * v))).ToArray();
        var total = weights.Sum();
        return [.. allowed.Select((v, i) => (v, weights[i] / total))];
    }

    private static (double Mean, double Variance) Moments(int[] values, double a, double b)
    {
        var weights = values.Select(v => Math.Exp((a * v) + (b * v * v))).ToArray();
        var total = weights.Sum();
        var mean = values.Select((v, i) => v * weights[i]).Sum() / total;
        var square = values.Select((v, i) => v * v * weights[i]).Sum() / total;
        return (mean, square - (mean * mean));
    }

    // The x in [low, high] where the increasing function f reaches target.
    private static double Bisect(Func<double, double> f, double target, double low, double high)
    {
        for (var i = 0; i < 200; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = f(middle) < target ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }
}
