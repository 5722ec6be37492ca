namespace Knowledge.Disclosure;

/// <summary>
/// The Cell Key Method's perturbation table, shipped as data (<c>perturbation-table.csv</c>): for each true count, the
/// deviations it may be published with, their probabilities and the cell-key interval that selects each. The last
/// count's row applies to every larger count. The first line states the parameters the table was built with.
/// </summary>
public sealed class PerturbationTable
{
    private readonly IReadOnlyList<PerturbationRow>[] _rows;

    public PerturbationTable(PerturbationParameters parameters, IEnumerable<PerturbationRow> rows)
    {
        Parameters = parameters;
        var byCount = rows.GroupBy(r => r.Count).OrderBy(g => g.Key).ToList();
        if (byCount.Count == 0 || byCount.Select((g, i) => g.Key != i).Any(gap => gap))
        {
            throw new InvalidDataException("The perturbation table must have a row for every count from 0 up.");
        }

        _rows = [.. byCount.Select(g => (IReadOnlyList<PerturbationRow>)[.. g.OrderBy(r => r.From)])];
    }

    public PerturbationParameters Parameters { get; }

    /// <summary>The largest count with a row of its own; larger counts use its deviations.</summary>
    public int LastCount => _rows.Length - 1;

    public IReadOnlyList<PerturbationRow> RowsFor(int count) => _rows[Math.Min(count, LastCount)];

    /// <summary>The published value of a cell with <paramref name="count"/> records and key <paramref name="cellKey"/>.</summary>
    public int Publish(int count, double cellKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var rows = RowsFor(count);
        var row = rows.FirstOrDefault(r => cellKey < r.To) ?? rows[^1];
        return count + row.Deviation;
    }

    public static PerturbationTable Shipped { get; } = Read(typeof(PerturbationTable).Assembly.GetManifestResourceStream(
        typeof(PerturbationTable).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("Disclosure.perturbation-table.csv", StringComparison.Ordinal)))!);

    /// <summary>Reads the CSV: "# maxDeviation=3; variance=2; smallestPublished=3", then "count,deviation,probability,from,to".</summary>
    public static PerturbationTable Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var parameters = PerturbationParameters.Parse(reader.ReadLine() ?? "");
        reader.ReadLine(); // header
        var rows = new List<PerturbationRow>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split(',');
            rows.Add(new PerturbationRow(
                int.Parse(cells[0], CultureInfo.InvariantCulture),
                int.Parse(cells[1], CultureInfo.InvariantCulture),
                double.Parse(cells[2], CultureInfo.InvariantCulture),
                double.Parse(cells[3], CultureInfo.InvariantCulture),
                double.Parse(cells[4], CultureInfo.InvariantCulture)));
        }

        return new PerturbationTable(parameters, rows);
    }
}

/// <summary>A true count may be published as <c>Count + Deviation</c> with <c>Probability</c>, when the cell key is in [From, To).</summary>
public sealed record PerturbationRow(int Count, int Deviation, double Probability, double From, double To);

/// <summary>
/// What the table guarantees: no deviation beyond <c>MaxDeviation</c>, the variance of the deviation for every count
/// above zero, and no published value from 1 to <c>SmallestPublished</c> - 1. Zeros stay zeros.
/// </summary>
public sealed record PerturbationParameters(int MaxDeviation, double Variance, int SmallestPublished)
{
    public static PerturbationParameters Parse(string line)
    {
        var values = line.TrimStart('#').Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return new PerturbationParameters(
            int.Parse(values["maxDeviation"], CultureInfo.InvariantCulture),
            double.Parse(values["variance"], CultureInfo.InvariantCulture),
            int.Parse(values["smallestPublished"], CultureInfo.InvariantCulture));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"# maxDeviation={MaxDeviation}; variance={Variance}; smallestPublished={SmallestPublished}");
}
