using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Surveys;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Surveys;

[Collection(StorageCollection.Name)]
public sealed class SurveyDefinitionEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task A_published_version_and_a_draft_stored_in_the_existing_format_read_back_and_are_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Surveys");
        var store = env.App.Services.GetRequiredService<ISurveyDefinitionStore>();
        var surveyId = $"format-{Guid.NewGuid():N}";
        var at = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        var json = $$"""{"title":"Behov","description":"{{new string('a', 40_000)}}","pages":[]}""";
        var published = new TableEntity(surveyId, "v000001")
        {
            ["PublishedAt"] = at.UtcDateTime,
            ["DefinitionChunks"] = 2,
            ["Definition0"] = json[..30_000],
            ["Definition1"] = json[30_000..],
        };
        var draft = new TableEntity(surveyId, "draft-000002")
        {
            ["BasedOn"] = 1,
            ["UpdatedAt"] = at.AddDays(1).UtcDateTime,
            ["UpdatedBy"] = "admin-1",
            ["DefinitionChunks"] = 1,
            ["Definition0"] = """{"title":"Behov 2","pages":[]}""",
        };
        await table.AddEntityAsync(published);
        await table.AddEntityAsync(draft);

        var readVersion = await store.GetAsync(surveyId, null, CancellationToken.None);
        var readDraft = await store.GetDraftAsync(surveyId, CancellationToken.None);
        var other = $"{surveyId}-copy";
        await store.TryPublishAsync(readVersion! with { Id = other }, CancellationToken.None);
        await store.AddDraftAsync(readDraft! with { Id = other }, new AuditEntry(at, "admin-1", "aad", "draft", other, "all"), CancellationToken.None);

        Assert.Equal((surveyId, 1, at, json), (readVersion!.Id, readVersion.Version, readVersion.PublishedAt, readVersion.Definition.ToJsonString()));
        Assert.Equal((surveyId, 2, 1, at.AddDays(1), "admin-1", """{"title":"Behov 2","pages":[]}"""), (readDraft!.Id, readDraft.Version, readDraft.BasedOn, readDraft.UpdatedAt, readDraft.UpdatedBy, readDraft.Definition.ToJsonString()));
        Assert.NotNull(readDraft.ETag);
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, published, other, "v000001");
        Assert.Equal(fixtureShape, writtenShape);
        (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, draft, other, "draft-000002");
        Assert.Equal(fixtureShape, writtenShape);
    }
}
