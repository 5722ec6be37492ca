using System.Text.Json.Nodes;

namespace Knowledge.Tests.Surveys;

/// <summary>Reads the shipped default survey from the source tree, so tests see the file as committed.</summary>
internal static class SmeNeedsDefinitionFile
{
    public const string RelativePath = "functions/Knowledge.Functions/Surveys/Definitions/sme-needs.v1.json";

    public static string FullPath => Path.Combine(FindRepositoryRoot(), RelativePath);

    public static JsonObject Load() =>
        JsonNode.Parse(File.ReadAllText(FullPath)) as JsonObject
        ?? throw new InvalidOperationException($"{RelativePath} is not a JSON object.");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Knowledge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Knowledge.sln above {AppContext.BaseDirectory}.");
    }
}
