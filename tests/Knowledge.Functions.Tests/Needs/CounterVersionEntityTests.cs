using Azure.Data.Tables;
using Knowledge.Needs;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Needs;

[Collection(StorageCollection.Name)]
public sealed class CounterVersionEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task A_counter_version_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "NeedsVersions");
        var versions = new CounterVersions(env.Tables);
        var county = $"T{Guid.NewGuid():N}";
        var stored = Guid.NewGuid();
        var fixture = new TableEntity("municipality", county + "01") { ["Version"] = stored };
        await table.AddEntityAsync(fixture);

        await versions.ChangeAsync(county + "02", CancellationToken.None);
        var read = await versions.ReadCountyAsync(county, CancellationToken.None);

        Assert.Equal(stored, read[county + "01"]);
        Assert.NotEqual(stored, read[county + "02"]);
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, "municipality", county + "02");
        Assert.Equal(fixtureShape, writtenShape);
    }
}
