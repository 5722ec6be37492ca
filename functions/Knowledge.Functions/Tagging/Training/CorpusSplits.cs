namespace Knowledge.Tagging.Training;

/// <summary>
/// The one split of the corpus by source document (splits.json). A translation goes to the split of the statement it
/// translates, so no statement is learned in one language and tested in the other.
/// </summary>
internal sealed record CorpusSplits(IReadOnlyList<string> Train, IReadOnlyList<string> Dev, IReadOnlyList<string> Test)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static CorpusSplits Load(CorpusFiles corpus) =>
        corpus.Splits is { } splits
            ? JsonSerializer.Deserialize<CorpusSplits>(splits, Json) ?? throw new InvalidDataException($"{CorpusFiles.SplitsFile} of {corpus.Origin} is empty.")
            : throw new FileNotFoundException($"{corpus.Origin} has no {CorpusFiles.SplitsFile}: split the corpus by document first.", CorpusFiles.SplitsFile);

    /// <summary>Puts every statement in its split; throws when a document is in no split, or in two.</summary>
    public SplitCorpus Assign(IReadOnlyList<CorpusStatement> statements)
    {
        var splitOf = new Dictionary<string, Split>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (split, documents) in new[] { (Split.Train, Train), (Split.Dev, Dev), (Split.Test, Test) })
        {
            foreach (var document in documents ?? [])
            {
                if (!splitOf.TryAdd(document, split))
                {
                    problems.Add($"document {document} is in {splitOf[document]} and {split}");
                }
            }
        }
        var byId = statements.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var assigned = new Dictionary<Split, List<CorpusStatement>> { [Split.Train] = [], [Split.Dev] = [], [Split.Test] = [] };
        foreach (var statement in statements)
        {
            var document = Original(statement, byId).Source.Document;
            if (splitOf.TryGetValue(document, out var split))
            {
                assigned[split].Add(statement);
            }
            else
            {
                problems.Add($"{statement.Id}: document {document} is in no split");
            }
        }
        var documentsInCorpus = statements.Select(s => s.Source.Document).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(splitOf.Keys.Where(d => !documentsInCorpus.Contains(d)).Select(d => $"document {d} is in a split but not in the corpus"));
        return problems.Count == 0
            ? new SplitCorpus(assigned[Split.Train], assigned[Split.Dev], assigned[Split.Test])
            : throw new InvalidDataException(string.Join(Environment.NewLine, problems.Distinct()));
    }

    /// <summary>The statement a translation (of a translation …) was made from; the statement itself otherwise.</summary>
    public static CorpusStatement Original(CorpusStatement statement, IReadOnlyDictionary<string, CorpusStatement> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (statement.TranslationOf is { } original && seen.Add(statement.Id) && byId.TryGetValue(original, out var next))
        {
            statement = next;
        }
        return statement;
    }
}

internal enum Split
{
    Train,
    Dev,
    Test,
}

internal sealed record SplitCorpus(IReadOnlyList<CorpusStatement> Train, IReadOnlyList<CorpusStatement> Dev, IReadOnlyList<CorpusStatement> Test);
