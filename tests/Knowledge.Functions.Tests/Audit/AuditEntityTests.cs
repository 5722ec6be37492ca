using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Audit;

[Collection(StorageCollection.Name)]
public sealed class AuditEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task An_audit_row_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Access");
        var partition = $"audit-test-{Guid.NewGuid():N}";
        var at = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        var fixture = new TableEntity(partition, AuditRecord.RowKeyFrom(at) + Guid.NewGuid().ToString("N"))
        {
            ["At"] = at.UtcDateTime,
            ["ActorId"] = "admin-1",
            ["ActorProvider"] = "aad",
            ["Action"] = "erase",
            ["Target"] = "note",
            ["Scope"] = "2580",
            ["Count"] = 3,
        };
        await table.AddEntityAsync(fixture);
        var written = AuditEntity.Of(partition, new AuditEntry(at, "admin-2", "aad", "erase", "answer", "2580", 5));
        await table.AddEntityAsync(written);

        var read = (await table.GetEntityAsync<AuditEntity>(partition, fixture.RowKey)).Value.ToEntry();

        Assert.Equal(new AuditEntry(at, "admin-1", "aad", "erase", "note", "2580", 3), read);
        var (stored, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, partition, written.RowKey);
        Assert.Equal(stored, writtenShape);
    }
}
