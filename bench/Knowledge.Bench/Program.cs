using System.Globalization;
using Knowledge.Bench;

// `make bench`, or: dotnet run -c Release --project bench/Knowledge.Bench -- tagger [seconds] | needs [answers...] | examples [entries] | export [answers]
var mode = args.Length > 0 ? args[0] : "all";
if (mode is "tagger" or "all")
{
    TaggerBench.Run(args.Length > 1 && mode == "tagger" ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3.0);
}

if (mode is "needs" or "all")
{
    int[] levels = mode == "needs" && args.Length > 1 ? [.. args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1_000, 20_000, 100_000];
    await NeedsBench.RunAsync(levels);
}

if (mode is "examples" or "all")
{
    ExampleSearchBench.Run(mode == "examples" && args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, queriesPerKind: 1_000);
}

if (mode is "export" or "all")
{
    await ResponseExportBench.RunAsync(mode == "export" && args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
}
