using Azure.Data.Tables;
using Knowledge.Needs;
using Knowledge.Shared;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Shared;

/// <summary>What the SDK's reflection serializer (the version in Directory.Packages.props) does with our typed entities.</summary>
[Collection(StorageCollection.Name)]
public sealed class TypedEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task An_enum_property_is_stored_as_its_name_and_read_back_from_it()
    {
        var table = await StoredFormat.TableAsync(env, "Jobs");
        var job = new RebuildJobEntity { PartitionKey = $"typed-{Guid.NewGuid():N}", JobId = Guid.NewGuid(), Status = RebuildStatus.Running, Differences = "[]" };

        await table.AddEntityAsync(job);
        var raw = (await table.GetEntityAsync<TableEntity>(job.PartitionKey, job.RowKey)).Value;
        var typed = (await table.GetEntityAsync<RebuildJobEntity>(job.PartitionKey, job.RowKey)).Value;

        Assert.Equal("Running", raw["Status"]);
        Assert.Equal(RebuildStatus.Running, typed.Status);
    }

    [Fact]
    public async Task Properties_marked_IgnoreDataMember_are_not_stored()
    {
        var table = await StoredFormat.TableAsync(env, "Jobs");
        var job = new RebuildJobEntity { PartitionKey = $"typed-{Guid.NewGuid():N}", JobId = Guid.NewGuid(), Differences = "[]" };

        await table.AddEntityAsync(job);
        var raw = (await table.GetEntityAsync<TableEntity>(job.PartitionKey, job.RowKey)).Value;

        Assert.DoesNotContain("JobId", raw.Keys);
        Assert.DoesNotContain("Differences", raw.Keys);
        Assert.Equal(1, raw["DifferencesChunks"]);
    }

    [Fact]
    public async Task The_longest_text_a_row_can_hold_is_split_over_the_declared_chunks_and_read_back_whole()
    {
        var table = await StoredFormat.TableAsync(env, "Jobs");
        var text = new string('ä', (LargeText.MaxChunks * LargeText.ChunkLength) - 1000);
        var job = new RebuildJobEntity { PartitionKey = $"typed-{Guid.NewGuid():N}", JobId = Guid.NewGuid(), Differences = text };

        await table.AddEntityAsync(job);
        var read = (await table.GetEntityAsync<RebuildJobEntity>(job.PartitionKey, job.RowKey)).Value;

        Assert.Equal(text, read.Differences);
        Assert.Equal(LargeText.MaxChunks, read.DifferencesChunks);
    }

    [Fact]
    public void A_text_longer_than_the_declared_chunks_is_refused_rather_than_cut()
    {
        var job = new RebuildJobEntity();

        Assert.Throws<InvalidOperationException>(() => job.Differences = new string('x', (LargeText.MaxChunks * LargeText.ChunkLength) + 1));
    }
}
