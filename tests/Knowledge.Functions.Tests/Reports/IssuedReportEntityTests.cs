using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Reports;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Reports;

[Collection(StorageCollection.Name)]
public sealed class IssuedReportEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task An_issued_report_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Reports");
        var store = new TableIssuedReportStore(env.Tables);
        var county = $"test-{Guid.NewGuid():N}";
        var at = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        var (first, second) = (new string('a', 30_000), "slut");
        var fixture = new TableEntity(county, "issued-2026-10-20261102T080000Z")
        {
            ["Period"] = "2026-10",
            ["IssuedAt"] = at.UtcDateTime,
            ["DataAsOf"] = at.AddHours(-1).UtcDateTime,
            ["IssuedBy"] = "county-1",
            ["DocumentChunks"] = 2,
            ["Document0"] = first,
            ["Document1"] = second,
        };
        await table.AddEntityAsync(fixture);

        var read = await store.GetAsync(county, "2026-10-20261102T080000Z", CancellationToken.None);
        var listed = await store.ListAsync(county, CancellationToken.None);
        await store.AddAsync(read! with { Id = "2026-11-20261202T080000Z" }, new AuditEntry(at, "county-1", "aad", "issue", "report", county), CancellationToken.None);

        Assert.Equal(new IssuedReport("2026-10-20261102T080000Z", county, "2026-10", at, at.AddHours(-1), "county-1", first + second), read);
        Assert.Equal(read!.Summary, Assert.Single(listed));
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, county, "issued-2026-11-20261202T080000Z");
        Assert.Equal(fixtureShape, writtenShape);
    }
}
