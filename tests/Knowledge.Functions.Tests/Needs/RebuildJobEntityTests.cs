using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Needs;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Needs;

[Collection(StorageCollection.Name)]
public sealed class RebuildJobEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task A_rebuild_job_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Jobs");
        var store = new TableRebuildJobStore(env.Tables);
        var (stored, written) = (Guid.NewGuid(), Guid.NewGuid());
        var createdAt = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        var fixture = new TableEntity("needs-rebuild", $"job-{stored:D}")
        {
            ["Status"] = "Completed",
            ["Total"] = 290,
            ["Done"] = 290,
            ["DifferencesTruncated"] = false,
            ["CreatedAt"] = createdAt.UtcDateTime,
            ["CreatedBy"] = "admin-1",
            ["FinishedAt"] = createdAt.AddMinutes(3).UtcDateTime,
            ["DifferencesChunks"] = 1,
            ["Differences0"] = """[{"municipality":"2580","counter":"count-2026-10-survey-10-49-C","property":"Respondents","stored":3,"recounted":4}]""",
        };
        await table.AddEntityAsync(fixture);

        var read = await store.GetAsync(stored, CancellationToken.None);
        await store.CreateAsync(read! with { JobId = written }, new AuditEntry(createdAt, "admin-1", "aad", "rebuild", "needs", "all"), CancellationToken.None);

        Assert.Equal((RebuildStatus.Completed, 290, 290, createdAt, "admin-1", createdAt.AddMinutes(3)), (read!.Status, read.Total, read.Done, read.CreatedAt, read.CreatedBy, read.FinishedAt));
        Assert.Equal(new NeedsDifference("2580", "count-2026-10-survey-10-49-C", "Respondents", 3, 4), Assert.Single(read.Differences));
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, "needs-rebuild", $"job-{written:D}");
        Assert.Equal(fixtureShape, writtenShape);
    }
}
