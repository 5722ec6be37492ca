using System.Security.Cryptography;

namespace Knowledge.Tagging.Training;

/// <summary>Reads and checks every *.jsonl file of a corpus, in file-name order, and hashes the corpus.</summary>
internal static class CorpusReader
{
    private static readonly string[] Languages = ["sv", "en"];
    private static readonly string[] Kinds = ["need", "multi", "no-tag", "negation", "english"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The statements of every file; throws <see cref="InvalidDataException"/> naming each bad line.</summary>
    public static IReadOnlyList<CorpusStatement> Read(CorpusFiles corpus, IReadOnlyCollection<string> tags)
    {
        var statements = new List<CorpusStatement>();
        var problems = new List<string>();
        foreach (var (name, bytes) in corpus.Statements)
        {
            var number = 0;
            foreach (var line in System.Text.Encoding.UTF8.GetString(bytes).Split('\n'))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                var where = $"{name}:{number}";
                try
                {
                    var statement = JsonSerializer.Deserialize<CorpusStatement>(line, Json)!;
                    problems.AddRange(Check(statement, tags).Select(p => $"{where}: {p}"));
                    statements.Add(statement);
                }
                catch (JsonException ex)
                {
                    problems.Add($"{where}: {ex.Message}");
                }
            }
        }
        problems.AddRange(statements.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => $"id {g.Key} is used {g.Count()} times"));
        var ids = statements.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(statements
            .Where(s => s.TranslationOf is not null && !ids.Contains(s.TranslationOf))
            .Select(s => $"{s.Id} translates {s.TranslationOf}, which is not in the corpus"));
        return problems.Count == 0 ? statements : throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>SHA-256 over the names and bytes of the corpus files and splits.json: what a model was trained on.</summary>
    public static string Hash(CorpusFiles corpus)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = corpus.Splits is { } splits ? corpus.Statements.Append((CorpusFiles.SplitsFile, splits)) : corpus.Statements;
        foreach (var (name, bytes) in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static IEnumerable<string> Check(CorpusStatement s, IReadOnlyCollection<string> tags)
    {
        if (string.IsNullOrWhiteSpace(s.Id))
        {
            yield return "no id";
        }
        if (string.IsNullOrWhiteSpace(s.Text))
        {
            yield return $"{s.Id} has no text";
        }
        if (!Languages.Contains(s.Lang))
        {
            yield return $"{s.Id} has lang \"{s.Lang}\", not sv or en";
        }
        if (!Kinds.Contains(s.Kind))
        {
            yield return $"{s.Id} has kind \"{s.Kind}\", not one of {string.Join(", ", Kinds)}";
        }
        if (string.IsNullOrWhiteSpace(s.Source?.Document))
        {
            yield return $"{s.Id} has no source.document";
        }
        foreach (var tag in (s.Tags ?? []).Where(t => !tags.Contains(t)))
        {
            yield return $"{s.Id} has tag \"{tag}\", which is not in the codebook";
        }
        if (s.Tags is null)
        {
            yield return $"{s.Id} has no tags array";
        }
    }
}
