using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Knowledge.Tests.Surveys;

namespace Knowledge.Tests.Infrastructure;

/// <summary>Surveys of their own for tests that author or answer them, so the shared sme-needs stays as shipped.</summary>
internal static class SeededSurveys
{
    /// <summary>Publishes <paramref name="definition"/> (default: a copy of sme-needs v1) as version 1 of a new survey and returns its id.</summary>
    public static async Task<string> SeedSurveyAsync(this TestEnvironment env, JsonObject? definition = null)
    {
        await env.ClientAsync();
        var id = $"authoring-{Guid.NewGuid():N}"[..30];
        var entity = new TableEntity(id, "v000001")
        {
            ["PublishedAt"] = DateTime.UtcNow,
            ["DefinitionChunks"] = 1,
            ["Definition0"] = (definition ?? SmeNeedsDefinitionFile.Load()).ToJsonString(),
        };
        await env.Tables.GetTableClient("Surveys").AddEntityAsync(entity);
        return id;
    }
}
