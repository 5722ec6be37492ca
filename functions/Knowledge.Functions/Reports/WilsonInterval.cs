namespace Knowledge.Reports;

/// <summary>
/// The Wilson score interval of a share: unlike the raw share it stays wide for few respondents, so a
/// small municipality is not flagged as standing out by chance.
/// </summary>
public static class WilsonInterval
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    public static (double Low, double High) Of(int count, int total, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(total, count);
        if (total == 0)
        {
            return (0, 1);
        }

        var p = (double)count / total;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * total))) / (1 + (z2 / total));
        var margin = z / (1 + (z2 / total)) * Math.Sqrt((p * (1 - p) / total) + (z2 / (4.0 * total * total)));
        return (Math.Max(0, centre - margin), Math.Min(1, centre + margin));
    }
}
