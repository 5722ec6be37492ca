using Azure.Data.Tables;
using Knowledge.Audit;
using Knowledge.Establishments;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Establishments;

[Collection(StorageCollection.Name)]
public sealed class EstablishmentPartitionRowTests(TestEnvironment env)
{
    [Fact]
    public async Task An_establishment_and_its_event_stored_in_the_existing_format_read_back_and_are_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Establishments");
        var store = env.App.Services.GetRequiredService<IEstablishmentStore>();
        var slug = $"format-{Guid.NewGuid():N}";
        var eventId = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        var establishment = new TableEntity("establishments", $"establishment-{slug}")
        {
            ["Slug"] = slug,
            ["Status"] = "in_construction",
            ["UpdatedAt"] = at.UtcDateTime,
            ["DocumentChunks"] = 1,
            ["Document0"] = $$"""
                {"slug":"{{slug}}","name":"Gruvan","company":"Gruvan AB","municipalities":["2584"],"counties":["25"],"sector":"B",
                "status":"in_construction","phases":[],"plannedHires":[{"year":2027,"count":40}],"procurementWindows":[],"events":[],
                "sources":[],"updatedAt":"2026-11-02T08:00:00+00:00","updatedBy":"county-1"}
                """,
        };
        var recorded = new TableEntity("establishments", $"event-{slug}-2026-10-01-{eventId:N}")
        {
            ["Slug"] = slug,
            ["EventId"] = eventId.ToString("D"),
            ["Date"] = "2026-10-01",
            ["BodyHash"] = "hash",
            ["RecordedAt"] = at.UtcDateTime,
            ["DocumentChunks"] = 1,
            ["Document0"] = """{"date":"2026-10-01","kind":"status_change","status":"in_construction","text":{"sv":"Bygget började.","en":"Construction began."},"source":null,"recordedBy":"county-1"}""",
        };
        await table.AddEntityAsync(establishment);
        await table.AddEntityAsync(recorded);

        var read = await store.GetAsync(slug, CancellationToken.None);
        var listed = (await store.ListAsync("25", CancellationToken.None)).Single(e => e.Slug == slug);
        var other = $"{slug}-copy";
        var audit = new AuditEntry(at, "county-1", "aad", "test", other, "all");
        await store.SaveAsync(read!.Establishment with { Slug = other, Events = [] }, null, audit, CancellationToken.None);
        var added = await store.AddEventAsync(other, new RecordedEvent(Guid.NewGuid(), read.Establishment.Events[0], "hash", at), null, audit, CancellationToken.None);

        Assert.Equal(("Gruvan", EstablishmentStatus.InConstruction, at, "county-1"), (read.Establishment.Name, read.Establishment.Status, read.Establishment.UpdatedAt, read.Establishment.UpdatedBy));
        Assert.Equal([new PlannedHires(2027, 40)], read.Establishment.PlannedHires);
        var @event = Assert.Single(read.Establishment.Events);
        Assert.Equal((new DateOnly(2026, 10, 1), "status_change", EstablishmentStatus.InConstruction, "Bygget började."), (@event.Date, @event.Kind, @event.Status, @event.Text.Sv));
        Assert.Equal(read.Establishment.Events, listed.Events);
        Assert.Equal(EventWriteStatus.Added, added.Status);
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, establishment, "establishments", $"establishment-{other}");
        Assert.Equal(fixtureShape, writtenShape);
        (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, recorded, "establishments", $"event-{other}-2026-10-01-{added.Added!.EventId:N}");
        Assert.Equal(fixtureShape, writtenShape);
    }

    [Fact]
    public async Task The_seeded_marker_row_holds_nothing_but_its_keys()
    {
        var table = await StoredFormat.TableAsync(env, "Establishments");
        await env.ClientAsync(); // ready once the shipped establishments are seeded

        var shape = await StoredFormat.ShapeAsync(table, "establishments", "seeded");

        Assert.Empty(shape);
    }
}
