using System.Globalization;
using Azure.Data.Tables;
using Knowledge.Notes;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Notes;

[Collection(StorageCollection.Name)]
public sealed class ReviewQueueEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task A_queue_row_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "RecordIndex");
        var queue = new ReviewQueue(env.Tables);
        var county = $"T{Guid.NewGuid():N}";
        var stored = Guid.NewGuid();
        var fixture = new TableEntity("review-" + county, $"{new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks:D19}-{stored:D}") { ["Municipality"] = "2580" };
        await table.AddEntityAsync(fixture);
        var note = StoredRecords.Note("2581", county, StoredRecords.OrganisationNumber(1));

        await queue.AddAsync(note, CancellationToken.None);
        var read = new List<(string, Guid)>();
        await foreach (var queued in queue.ReadAsync(county, CancellationToken.None))
        {
            read.Add(queued);
        }

        Assert.Equal([("2580", stored), ("2581", note.NoteId)], read);
        var written = note.CreatedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + note.NoteId.ToString("D");
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, "review-" + county, written);
        Assert.Equal(fixtureShape, writtenShape);
    }
}
