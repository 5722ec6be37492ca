using System.Text.RegularExpressions;

namespace Knowledge.Surveys;

/// <summary>Publishes the survey versions shipped in Surveys/Definitions; a version already published is left as it is.</summary>
internal sealed partial class ShippedSurveySeeder(ISurveyDefinitionStore store, TimeProvider clock) : IStorageSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, version, json) in ShippedDefinitions())
        {
            await store.TryPublishAsync(new SurveyDefinition(id, version, clock.GetUtcNow(), json), cancellationToken);
        }
    }

    public static IEnumerable<(string Id, int Version, JsonObject Definition)> ShippedDefinitions()
    {
        var assembly = typeof(ShippedSurveySeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var match = ResourceName().Match(name);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            var definition = JsonNode.Parse(stream)!.AsObject();
            yield return (match.Groups["id"].Value, int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture), definition);
        }
    }

    [GeneratedRegex(@"Surveys\.Definitions\.(?<id>[a-z0-9-]+)\.v(?<version>\d+)\.json$")]
    private static partial Regex ResourceName();
}
