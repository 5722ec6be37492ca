using Knowledge.Tagging;
using Knowledge.Tagging.Training;
using Knowledge.TrainTagger;

// `make train-tagger` / `make eval-tagging` / `make eval-trial`, or:
// dotnet run --project tools/Knowledge.TrainTagger -- train|eval|trial [--corpus FOLDER] [--model FILE]
// `trial` scores every statement of the folder (no splits): a set kept outside the corpus, read once for reporting.
var command = args.Length > 0 ? args[0] : "";
var folder = Option("--corpus") ?? Repository.Path("functions/Knowledge.Functions/Tagging/Corpus");
var modelPath = Option("--model") ?? Repository.Path("functions/Knowledge.Functions/Tagging/Learned/tag-model.json");
var tags = new Codebook().Tags.Select(t => t.Tag).ToList();

try
{
    var corpus = CorpusFiles.FromFolder(folder);
    if (command == "trial")
    {
        var statements = CorpusReader.Read(corpus, tags);
        Console.WriteLine($"trial set {folder}: {statements.Count} statements");
        Console.WriteLine(Evaluate(new TagModel(ReadModel()), statements, "TRIAL set (outside the corpus)"));
        return 0;
    }

    var splits = CorpusSplits.Load(corpus).Assign(CorpusReader.Read(corpus, tags));
    var hash = CorpusReader.Hash(corpus);
    Console.WriteLine($"corpus {folder}: sha256 {hash[..12]}…, train {splits.Train.Count}, dev {splits.Dev.Count}, test {splits.Test.Count} statements");
    switch (command)
    {
        case "train":
            var file = new TagModelTrainer(new TrainingSettings()).Train(splits, hash);
            using (var stream = File.Create(modelPath))
            {
                TagModel.Write(file, stream);
            }
            Console.WriteLine($"model {file.Version} written to {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB)");
            Console.WriteLine(Evaluate(new TagModel(file), splits.Dev, "dev split (thresholds were chosen here)"));
            return 0;
        case "eval":
            var shipped = ReadModel();
            var trainedOn = shipped.Training["corpus"]?["sha256"]?.GetValue<string>();
            Console.WriteLine($"model {shipped.Version} from {modelPath}");
            if (trainedOn != hash)
            {
                Console.WriteLine($"warning: the model was trained on corpus {trainedOn?[..12]}…, not this one: run make train-tagger");
            }
            var model = new TagModel(shipped);
            Console.WriteLine(Evaluate(model, splits.Dev, "dev split (for reference: thresholds were chosen here)"));
            Console.WriteLine(Evaluate(model, splits.Test, "TEST split"));
            return 0;
        default:
            Console.Error.WriteLine("usage: Knowledge.TrainTagger train|eval|trial [--corpus FOLDER] [--model FILE]");
            return 2;
    }
}
catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

TagModelFile ReadModel()
{
    using var stream = File.OpenRead(modelPath);
    return TagModel.Read(stream);
}

// The whole table, then the shipped (combined) tagger per language and on negations, which must not lose ground.
string Evaluate(TagModel model, IReadOnlyList<CorpusStatement> statements, string title)
{
    var tagger = new CombinedTagger(new DefaultTagger(), model);
    var table = TaggerEvaluation.Run(tagger, tags, statements).Table($"{title}, {statements.Count} statements; n = gold statements, model alone at p >= 0.5");
    var byLanguage = statements.GroupBy(s => s.Lang).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} {TaggerEvaluation.Run(tagger, tags, g).MacroF1(Variant.Combined):0.00} ({g.Count()} statements)");
    var negations = statements.Where(s => s.Kind == "negation").ToList();
    var tagged = negations.Count(s => tagger.Verdicts(s.Text).Any(v => v.Combined && !s.Tags.Contains(v.Tag)));
    return $"{table}combined macro-F1 by language: {string.Join(", ", byLanguage)}; negations given a tag: {tagged} of {negations.Count}\n";
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? Path.GetFullPath(args[at + 1]) : null;
}
