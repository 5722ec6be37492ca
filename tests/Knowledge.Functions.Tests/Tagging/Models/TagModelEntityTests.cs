using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Tagging.Models;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Tagging.Models;

/// <summary>Model versions, the promoted pointer and retrain jobs in the format stored today; each test uses rows of its own.</summary>
[Collection(StorageCollection.Name)]
public sealed class TagModelEntityTests(TestEnvironment env)
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_model_version_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "TagModels");
        var store = new TableTagModelStore(env.Tables);
        var (stored, written) = ($"test-{Guid.NewGuid():N}", $"test-{Guid.NewGuid():N}");
        var fixture = new TableEntity("models", "version-" + stored)
        {
            ["CreatedAt"] = At.UtcDateTime,
            ["CreatedBy"] = "admin-1",
            ["TrainingReviews"] = 40,
            ["Figures"] = """{"testMacroF1":0.71,"testStatements":120,"reviewsMacroF1":0.64,"heldOutReviews":8}""",
            ["Promoted"] = true,
        };
        await table.AddEntityAsync(fixture);

        var read = await store.FindAsync(stored, CancellationToken.None);
        await table.AddEntityAsync(TagModelVersionEntity.Of(read! with { Version = written }));

        Assert.Equal(new TagModelVersion(stored, At, "admin-1", 40, new ModelFigures(0.71, 120, 0.64, 8), true), read);
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, "models", "version-" + written);
        Assert.Equal(fixtureShape, writtenShape);
    }

    [Fact]
    public async Task The_promoted_pointer_is_written_in_the_existing_format()
    {
        var table = await StoredFormat.TableAsync(env, "TagModels");
        var partition = $"test-{Guid.NewGuid():N}";
        var fixture = new TableEntity(partition, "fixture") { ["Version"] = "v1", ["PromotedAt"] = At.UtcDateTime, ["PromotedBy"] = "admin-1" };
        await table.AddEntityAsync(fixture);

        await table.AddEntityAsync(new PromotedModelEntity { PartitionKey = partition, Version = "v2", PromotedAt = At, PromotedBy = "admin-2" });
        var read = (await table.GetEntityAsync<PromotedModelEntity>(partition, "fixture")).Value.ToPromoted();

        Assert.Equal(new PromotedVersion("v1", At, "admin-1"), read);
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, partition, "promoted");
        Assert.Equal(fixtureShape, writtenShape);
    }

    [Fact]
    public async Task A_retrain_job_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "TagModels");
        var store = new TableTagModelStore(env.Tables);
        var (stored, written) = (Guid.NewGuid(), Guid.NewGuid());
        var fixture = new TableEntity("retrain", $"job-{stored:D}")
        {
            ["Status"] = "Failed",
            ["Stage"] = "Training",
            ["Progress"] = 0.5,
            ["CreatedAt"] = At.UtcDateTime,
            ["CreatedBy"] = "admin-1",
            ["FinishedAt"] = At.AddMinutes(1).UtcDateTime,
            ["Result"] = """{"candidate":"c","previous":"p","promoted":false,"candidateFigures":{"testMacroF1":0.5,"testStatements":1,"reviewsMacroF1":0.5,"heldOutReviews":1},"previousFigures":{"testMacroF1":0.6,"testStatements":1,"reviewsMacroF1":0.6,"heldOutReviews":1},"trainingReviews":3}""",
            ["Error"] = "too few reviews",
        };
        await table.AddEntityAsync(fixture);

        var read = await store.GetAsync(stored, CancellationToken.None);
        await store.CreateAsync(read! with { JobId = written }, new AuditEntry(At, "admin-1", "aad", "retrain", "models", "all"), CancellationToken.None);

        Assert.Equal((RetrainStatus.Failed, RetrainStage.Training, 0.5, At, "admin-1", At.AddMinutes(1), "too few reviews"), (read!.Status, read.Stage, read.Progress, read.CreatedAt, read.CreatedBy, read.FinishedAt, read.Error));
        Assert.Equal(("c", 3, 0.6), (read.Result!.Candidate, read.Result.TrainingReviews, read.Result.PreviousFigures.TestMacroF1));
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, "retrain", $"job-{written:D}");
        Assert.Equal(fixtureShape, writtenShape);
    }
}
