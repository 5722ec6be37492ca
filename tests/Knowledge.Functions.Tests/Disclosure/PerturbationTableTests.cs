using Knowledge.Disclosure;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Disclosure;

public sealed class PerturbationTableTests
{
    private static readonly PerturbationTable Table = PerturbationTable.Shipped;

    private static string ShippedPath => Path.Combine(RepositoryRoot.Path, "functions", "Knowledge.Functions", "Disclosure", "perturbation-table.csv");

    [Fact]
    public void The_shipped_table_is_the_maximum_entropy_table_of_its_parameters()
    {
        var built = PerturbationTableBuilder.BuildCsv(Table.Parameters);
        if (Environment.GetEnvironmentVariable("KNOWLEDGE_WRITE_PERTURBATION_TABLE") == "1")
        {
            File.WriteAllText(ShippedPath, built);
        }

        Assert.Equal(built, File.ReadAllText(ShippedPath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Every_count_is_unbiased_with_the_stated_variance_and_deviation()
    {
        for (var count = 1; count <= Table.LastCount; count++)
        {
            var rows = Table.RowsFor(count);
            var mean = rows.Sum(r => r.Probability * r.Deviation);
            var variance = rows.Sum(r => r.Probability * r.Deviation * r.Deviation);

            Assert.Equal(1.0, rows.Sum(r => r.Probability), 9);
            Assert.Equal(0.0, mean, 9);
            Assert.Equal(Table.Parameters.Variance, variance, 6);
            Assert.All(rows, r => Assert.InRange(Math.Abs(r.Deviation), 0, Table.Parameters.MaxDeviation));
        }
    }

    [Fact]
    public void The_cell_key_intervals_cover_zero_to_one_in_proportion_to_the_probabilities()
    {
        for (var count = 0; count <= Table.LastCount; count++)
        {
            var rows = Table.RowsFor(count);
            Assert.Equal(0.0, rows[0].From);
            Assert.Equal(1.0, rows[^1].To);
            Assert.All(rows.Zip(rows.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
            Assert.All(rows, r => Assert.Equal(r.Probability, r.To - r.From, 9));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(40)]
    public void No_count_is_published_as_one_or_two_and_zero_stays_zero(int count)
    {
        var published = Enumerable.Range(0, 10_000).Select(i => Table.Publish(count, i / 10_000.0)).ToList();

        Assert.DoesNotContain(published, p => p is 1 or 2);
        Assert.All(published, p => Assert.InRange(p - count, -Table.Parameters.MaxDeviation, Table.Parameters.MaxDeviation));
        if (count == 0)
        {
            Assert.All(published, p => Assert.Equal(0, p));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(25)]
    public void Random_record_keys_give_the_true_count_on_average_with_the_stated_variance(int count)
    {
        var random = new Random(count);
        var published = Enumerable.Range(0, 200_000)
            .Select(_ => Table.Publish(count, RecordKeys.CellKey(Enumerable.Range(0, count).Sum(_ => (long)random.NextInt64(RecordKeys.Modulus)))))
            .ToList();
        var mean = published.Average();
        var variance = published.Average(p => (p - mean) * (p - mean));

        Assert.InRange(mean, count - 0.02, count + 0.02);
        Assert.InRange(variance, Table.Parameters.Variance - 0.05, Table.Parameters.Variance + 0.05);
    }
}
