using System.Text.RegularExpressions;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Web;

/// <summary>
/// The page scripts stay readable: an entry module per page composing small modules, none over 400 lines, and (there
/// being no bundler to notice) every relative import naming a file that exists and exports what is imported.
/// </summary>
public sealed partial class PageScriptTests
{
    private const int MaxLines = 400;

    private static readonly string Js = RepositoryRoot.Combine("web", "js");

    [Fact]
    public void No_script_is_over_400_lines()
    {
        var scripts = Scripts();

        Assert.True(scripts.Count > 60, $"only {scripts.Count} scripts found");
        Assert.Empty(scripts
            .Select(file => (File: file, Lines: File.ReadAllLines(file).Length))
            .Where(script => script.Lines > MaxLines)
            .Select(script => $"{Relative(script.File)} has {script.Lines} lines (at most {MaxLines})"));
    }

    [Fact]
    public void Every_relative_import_names_a_script_that_exists()
    {
        var imports = Scripts()
            .SelectMany(file => AnyImport().Matches(File.ReadAllText(file)).Select(m => (File: file, Path: m.Groups["path"].Value)))
            .ToList();

        Assert.True(imports.Count > 100, $"only {imports.Count} imports found");
        Assert.Empty(imports
            .Where(import => !File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(import.File)!, import.Path))))
            .Select(import => $"{Relative(import.File)} imports {import.Path}, which does not exist"));
    }

    [Fact]
    public void Every_named_import_is_exported_by_its_script()
    {
        var problems = new List<string>();
        foreach (var file in Scripts())
        {
            foreach (Match import in NamedImport().Matches(File.ReadAllText(file)))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, import.Groups["path"].Value));
                if (!File.Exists(target))
                {
                    continue;
                }

                var exported = File.ReadAllText(target);
                problems.AddRange(import.Groups["names"].Value
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(name => name.Split(" as ")[0].Trim())
                    .Where(name => !Regex.IsMatch(exported, $@"export\s+(?:async\s+)?(?:const|let|function\*?|class)\s+{Regex.Escape(name)}\b")
                        && !Regex.IsMatch(exported, $@"export\s*\{{[^}}]*\b{Regex.Escape(name)}\b[^}}]*\}}"))
                    .Select(name => $"{Relative(file)} imports {name} from {import.Groups["path"].Value}, which does not export it"));
            }
        }

        Assert.Empty(problems);
    }

    private static List<string> Scripts() => [.. Directory.GetFiles(Js, "*.js", SearchOption.AllDirectories)];

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');

    /// <summary>import … from "./x.js", import "./x.js", import("./x.js").</summary>
    [GeneratedRegex(@"(?:\bfrom\s*|\bimport\s*\(?\s*)""(?<path>\.{1,2}/[^""]+)""")]
    private static partial Regex AnyImport();

    [GeneratedRegex(@"import\s*\{(?<names>[^}]*)\}\s*from\s*""(?<path>\.{1,2}/[^""]+)""")]
    private static partial Regex NamedImport();
}
