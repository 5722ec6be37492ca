using System.Net;
using Knowledge.Audit;
using Knowledge.Tagging;
using Knowledge.Tagging.Models;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Tagging.Models;

/// <summary>Versions kept in storage, as another instance leaves them, against an app and an Azurite of their own.</summary>
public sealed class TagModelsTests(RetrainEnvironment env) : IClassFixture<RetrainEnvironment>
{
    [Fact]
    public async Task A_version_promoted_through_another_instance_is_taken_up_and_tags_the_next_note()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        var store = env.App.Services.GetRequiredService<ITagModelStore>();
        var record = await StoreCopyOfShippedAsync(store, "0000beef", promoted: true);

        await store.PromoteAsync(record, new PromotedVersion(record.Version, DateTimeOffset.UtcNow, "other-instance"), Audit("0000beef"), CancellationToken.None);
        await env.App.Services.GetRequiredService<TagModels>().SyncAsync(CancellationToken.None);
        var tagger = env.App.Services.GetRequiredService<CombinedTagger>();
        var tagged = await tagger.TagAsync("Vi har svårt att rekrytera svetsare.", CancellationToken.None);

        Assert.Equal(CombinedTagger.NameOf("0000beef"), tagged.Tagger);
        Assert.Contains(tagged.Tags, t => t.Tag == "competence");
        (await admin.PostAsync($"/api/tags/models/{TagModels.ShippedVersion}/promote", null)).EnsureSuccessStatusCode();
        Assert.Equal(CombinedTagger.NameOf(TagModels.ShippedVersion), tagger.Name);
    }

    [Fact]
    public async Task A_candidate_that_did_not_pass_its_check_cannot_be_put_into_use()
    {
        var admin = await env.ClientAsync(Principals.Admin());
        await StoreCopyOfShippedAsync(env.App.Services.GetRequiredService<ITagModelStore>(), "0000dead", promoted: false);

        var response = await admin.PostAsync("/api/tags/models/0000dead/promote", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("did not pass its check", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // The shipped file under another version, as a retrain elsewhere would have stored it (gzipped, in chunks).
    private static async Task<TagModelVersion> StoreCopyOfShippedAsync(ITagModelStore store, string version, bool promoted)
    {
        using var shipped = File.OpenRead(RepositoryRoot.Combine("functions", "Knowledge.Functions", "Tagging", "Learned", "tag-model.json"));
        var file = TagModel.Read(shipped) with { Version = version };
        var record = new TagModelVersion(version, DateTimeOffset.UtcNow, "admin-user", 0, new ModelFigures(0.6, 160, 1, 0), promoted);
        await store.SaveAsync(file, record, CancellationToken.None);
        Assert.Equal(version, (await store.LoadAsync(version, CancellationToken.None))!.Version);
        return record;
    }

    private static AuditEntry Audit(string version) =>
        new(DateTimeOffset.UtcNow, "other-instance", "aad", "tagging.model.promote", $"tags/models/{version}", "tagging");
}
