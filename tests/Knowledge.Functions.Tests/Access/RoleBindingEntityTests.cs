using Azure.Data.Tables;
using Knowledge.Access;
using Knowledge.Audit;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Access;

[Collection(StorageCollection.Name)]
public sealed class RoleBindingEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task A_binding_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Access");
        var store = new TableRoleBindingStore(env.Tables);
        var (user, other) = ($"Stored.{Guid.NewGuid():N}@example.se", $"written.{Guid.NewGuid():N}@example.se");
        var fixture = new TableEntity("bindings", "user-" + user.ToLowerInvariant())
        {
            ["User"] = user,
            ["Roles"] = "office municipality-2580",
            ["UpdatedAt"] = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc),
        };
        await table.AddEntityAsync(fixture);

        var read = await store.GetAsync(user, CancellationToken.None);
        await store.PutAsync(read! with { User = other }, new AuditEntry(DateTimeOffset.UtcNow, "admin", "aad", "test", other, "all"), CancellationToken.None);

        Assert.Equal((user, new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero)), (read!.User, read.UpdatedAt));
        Assert.Equal(["office", "municipality-2580"], read.Roles);
        var (stored, written) = await StoredFormat.ShapesAsync(table, fixture, "bindings", "user-" + other);
        Assert.Equal(stored, written);
    }
}
