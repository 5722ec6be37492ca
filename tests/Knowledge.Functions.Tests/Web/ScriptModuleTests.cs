using System.Text.RegularExpressions;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Web;

/// <summary>
/// The web app's scripts (web/js, plain ES modules without a bundler) stay readable: none is over 400 lines, and
/// every relative import names a module that exists, so that a moved module cannot leave a page broken.
/// </summary>
public sealed partial class ScriptModuleTests
{
    private const int MaxLines = 400;

    private static readonly string Scripts = RepositoryRoot.Combine("web", "js");

    /// <summary>Pages being split into view modules on their own branch; they leave this list as they are split.</summary>
    private static readonly HashSet<string> NotYetSplit = new(StringComparer.Ordinal) { "pages/needs.js", "pages/report.js" };

    [Fact]
    public void No_script_is_over_400_lines()
    {
        var scripts = AllScripts().Where(script => !NotYetSplit.Contains(Relative(script))).ToList();

        Assert.True(scripts.Count > 40, $"only {scripts.Count} scripts found");
        Assert.Empty(scripts
            .Select(script => (Script: Relative(script), Lines: File.ReadLines(script).Count()))
            .Where(entry => entry.Lines > MaxLines)
            .Select(entry => $"{entry.Script}: {entry.Lines} lines"));
    }

    [Fact]
    public void Every_relative_import_names_a_module_that_exists()
    {
        var imports = AllScripts()
            .SelectMany(script => RelativeImport().Matches(File.ReadAllText(script)).Select(m => (Script: script, Path: m.Groups[1].Value)))
            .ToList();

        Assert.True(imports.Count > 100, $"only {imports.Count} imports found");
        Assert.Empty(imports
            .Where(import => !File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(import.Script)!, import.Path))))
            .Select(import => $"{Relative(import.Script)} imports {import.Path}"));
    }

    private static IEnumerable<string> AllScripts() => Directory.GetFiles(Scripts, "*.js", SearchOption.AllDirectories);

    private static string Relative(string script) => Path.GetRelativePath(Scripts, script).Replace('\\', '/');

    /// <summary>import … from "./x.js" / "../x.js", import("./x.js").</summary>
    [GeneratedRegex(@"(?:\bfrom\s*|\bimport\s*\(\s*)""(\.\.?/[^""]+)""")]
    private static partial Regex RelativeImport();
}
