using System.Text.RegularExpressions;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Web;

/// <summary>
/// The page scripts stay readable: an entry module per page composing small modules, none over 400 lines, and (there
/// being no bundler to notice) every relative import naming a file that exports what is imported.
/// </summary>
/// <remarks>
/// For now only the pages already split are covered (the needs dashboard, the situation report and the modules they
/// share); the other pages are being split on another branch. Once they are, <see cref="Covered"/> becomes every
/// script under web/js.
/// </remarks>
public sealed partial class PageScriptTests
{
    private const int MaxLines = 400;

    private static readonly string Js = RepositoryRoot.Combine("web", "js");

    [Fact]
    public void No_script_of_the_split_pages_is_over_400_lines()
    {
        var scripts = Covered();

        Assert.True(scripts.Count >= 20, $"only {scripts.Count} scripts covered: {string.Join(", ", scripts.Select(Relative))}");
        Assert.Empty(scripts
            .Select(file => (File: file, Lines: File.ReadAllLines(file).Length))
            .Where(script => script.Lines > MaxLines)
            .Select(script => $"{Relative(script.File)} has {script.Lines} lines (at most {MaxLines})"));
    }

    [Fact]
    public void Every_relative_import_of_the_split_pages_names_a_script_that_exports_what_is_imported()
    {
        var problems = new List<string>();
        foreach (var file in Covered())
        {
            foreach (Match import in NamedImport().Matches(File.ReadAllText(file)))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, import.Groups["path"].Value));
                if (!File.Exists(target))
                {
                    problems.Add($"{Relative(file)} imports {import.Groups["path"].Value}, which does not exist");
                    continue;
                }

                var exported = File.ReadAllText(target);
                problems.AddRange(import.Groups["names"].Value
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(name => name.Split(" as ")[0].Trim())
                    .Where(name => !Regex.IsMatch(exported, $@"export\s+(?:async\s+)?(?:const|let|function|class)\s+{Regex.Escape(name)}\b"))
                    .Select(name => $"{Relative(file)} imports {name} from {import.Groups["path"].Value}, which does not export it"));
            }
        }

        Assert.Empty(problems);
    }

    /// <summary>The entry modules of the split pages, their folders and the modules only they share.</summary>
    private static List<string> Covered() =>
    [
        .. new[] { "needs", "report" }.SelectMany(folder => Directory.GetFiles(Path.Combine(Js, folder), "*.js", SearchOption.AllDirectories)),
        .. new[] { "pages/needs.js", "pages/report.js", "county-page.js", "county-figures.js", "periods.js" }.Select(file => Path.Combine(Js, file)),
    ];

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');

    [GeneratedRegex(@"import\s*\{(?<names>[^}]*)\}\s*from\s*""(?<path>\.{1,2}/[^""]+)""")]
    private static partial Regex NamedImport();
}
