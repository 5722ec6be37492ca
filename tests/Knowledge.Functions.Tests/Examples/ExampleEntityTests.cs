using System.Text.Json;
using Azure.Data.Tables;
using Knowledge.Examples;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Examples;

/// <summary>Catalogue rows in the format stored today, in a partition of the test's own.</summary>
[Collection(StorageCollection.Name)]
public sealed class ExampleEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task An_example_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        await env.ClientAsync();
        var example = (await env.App.Services.GetRequiredService<IExampleStore>().ListAsync(CancellationToken.None)).Examples[0];
        var table = await StoredFormat.TableAsync(env, "Catalogue");
        var partition = $"test-{Guid.NewGuid():N}";
        var fixture = new TableEntity(partition, "example-" + example.Slug)
        {
            ["Status"] = example.Status.ToString(),
            ["UpdatedAt"] = example.UpdatedAt.UtcDateTime,
            ["DocumentChunks"] = 1,
            ["Document0"] = JsonSerializer.Serialize(example, ExampleJson.Options),
        };
        await table.AddEntityAsync(fixture);

        var read = (await table.GetEntityAsync<ExampleEntity>(partition, fixture.RowKey)).Value;
        var written = ExampleEntity.Of(partition, read.ToExample() with { Slug = "written" });
        await table.AddEntityAsync(written);

        Assert.Equal((example.Status, example.UpdatedAt), (read.Status, read.UpdatedAt));
        Assert.Equal(JsonSerializer.Serialize(example, ExampleJson.Options), JsonSerializer.Serialize(read.ToExample(), ExampleJson.Options));
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, partition, "example-written");
        Assert.Equal(fixtureShape, writtenShape);
    }

    [Fact]
    public async Task A_change_row_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Catalogue");
        var partition = $"test-{Guid.NewGuid():N}";
        var fixture = new TableEntity(partition, "change-0000000000000000003") { ["Version"] = 3L, ["Slug"] = "lulea-bank" };
        await table.AddEntityAsync(fixture);

        var read = (await table.GetEntityAsync<CatalogueVersionEntity>(partition, fixture.RowKey)).Value.ToChange();
        await table.AddEntityAsync(new CatalogueVersionEntity { PartitionKey = partition, RowKey = "change-0000000000000000004", Version = 4, Slug = "umea-bank" });

        Assert.Equal(new CatalogueChange(3, "lulea-bank"), read);
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, partition, "change-0000000000000000004");
        Assert.Equal(fixtureShape, writtenShape);
    }
}
