namespace Knowledge.Needs;

/// <summary>
/// Recounts one municipality's counters from its records (every <see cref="INeedsSource"/>), reports what
/// differed and writes the recount. Counter rows are read before the raw records and written back only if their
/// ETag is unchanged, so an answer that arrives meanwhile makes the write fail and the partition is recounted again.
/// </summary>
internal sealed class NeedsRecount(TableServiceClient tables, IEnumerable<INeedsSource> sources, CounterVersions versions)
{
    private const int MaxAttempts = 20;
    // A transaction holds at most 100 rows.
    private const int MaxBatch = 100;

    private TableClient Table => tables.GetTableClient(Tables.MunicipalityRecords);

    public async Task<IReadOnlyList<NeedsDifference>> RecountAsync(string municipality, CancellationToken cancellationToken)
    {
        // Only differences in rows actually rewritten are reported: a failed attempt can see an answer that
        // arrived between its two reads as a difference that is not one.
        var reported = new List<NeedsDifference>();
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ReadCountersAsync(municipality, cancellationToken);
            var expected = await CountAsync(municipality, cancellationToken);
            var byRow = Compare(municipality, stored, expected).GroupBy(d => d.Counter).ToList();
            try
            {
                foreach (var batch in byRow.Chunk(MaxBatch))
                {
                    await Table.SubmitTransactionAsync([.. batch.Select(row => Action(municipality, row.Key, stored, expected))], cancellationToken);
                    await versions.ChangeAsync(municipality, cancellationToken);
                    reported.AddRange(batch.SelectMany(row => row));
                }

                return reported;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // A write counted meanwhile; rows already rewritten hold correct counts, the rest is recounted.
            }
        }
    }

    private async Task<Dictionary<string, TableEntity>> ReadCountersAsync(string municipality, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {municipality} and RowKey ge {NeedsCell.RowKeyPrefix} and RowKey lt {"count."}");
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows[row.RowKey] = row;
        }

        return rows;
    }

    private async Task<Dictionary<string, TableEntity>> CountAsync(string municipality, CancellationToken cancellationToken)
    {
        // Only the current revision of an answer counts (superseded revisions are rows of another kind), and a
        // withdrawn answer not at all; erased answers and notes are gone.
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        void Count(NeedsContribution contribution)
        {
            if (!rows.TryGetValue(contribution.Cell.RowKey, out var row))
            {
                rows[contribution.Cell.RowKey] = row = new TableEntity(municipality, contribution.Cell.RowKey);
            }

            NeedsCounter.Apply(row, contribution, +1);
        }

        foreach (var source in sources)
        {
            await foreach (var contribution in source.ContributionsAsync(municipality, cancellationToken))
            {
                Count(contribution);
            }
        }

        return rows;
    }

    private static List<NeedsDifference> Compare(string municipality, Dictionary<string, TableEntity> stored, Dictionary<string, TableEntity> expected)
    {
        var differences = new List<NeedsDifference>();
        foreach (var rowKey in stored.Keys.Union(expected.Keys).Order(StringComparer.Ordinal))
        {
            var have = Counts(stored.GetValueOrDefault(rowKey));
            var want = Counts(expected.GetValueOrDefault(rowKey));
            foreach (var property in have.Keys.Union(want.Keys).Order(StringComparer.Ordinal))
            {
                var (s, r) = (have.GetValueOrDefault(property), want.GetValueOrDefault(property));
                if (s != r)
                {
                    differences.Add(new NeedsDifference(municipality, rowKey, property, s, r));
                }
            }
        }

        return differences;
    }

    private static TableTransactionAction Action(string municipality, string rowKey, Dictionary<string, TableEntity> stored, Dictionary<string, TableEntity> expected)
    {
        var recounted = expected.GetValueOrDefault(rowKey) ?? new TableEntity(municipality, rowKey) { [NeedsCounter.Respondents] = 0 };
        return stored.GetValueOrDefault(rowKey) is { } current
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, recounted, current.ETag)
            : new TableTransactionAction(TableTransactionActionType.Add, recounted);
    }

    // Counts (int) and their key sums (long); a zero is the same as no property.
    private static Dictionary<string, long> Counts(TableEntity? row) =>
        row is null
            ? []
            : row.Where(p => p.Value is int or long && p.Key != "odata.etag")
                .Select(p => (p.Key, Value: Convert.ToInt64(p.Value, System.Globalization.CultureInfo.InvariantCulture)))
                .Where(p => p.Value != 0)
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
