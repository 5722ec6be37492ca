using Azure.Data.Tables;
using Knowledge.Notes;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Notes;

[Collection(StorageCollection.Name)]
public sealed class NoteEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task A_reviewed_note_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "MunicipalityRecords");
        var store = env.App.Services.GetRequiredService<INoteStore>();
        var municipality = $"T{Guid.NewGuid():N}";
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        var fixture = new TableEntity(municipality, $"note-{id:D}")
        {
            ["County"] = "25",
            ["InterviewDate"] = "2026-10-05",
            ["CompanyName"] = "Företag AB",
            ["OrganisationNumber"] = "556000-0001",
            ["SizeClass"] = "10-49",
            ["Sector"] = "C",
            ["MaskedItems"] = 1,
            ["Suggested"] = """{"tagger":"rules","tags":[]}""",
            ["Tagger"] = "rules",
            ["CreatedAt"] = at.UtcDateTime,
            ["CreatedBy"] = "office-1",
            ["BodyHash"] = "hash",
            ["RecordKey"] = 42L,
            ["Establishments"] = "lulea-bank",
            ["TextChunks"] = 1,
            ["Text0"] = "Banken lånar inte ut till en ny maskin.",
            ["ReviewedTags"] = "financing skills",
            ["ReviewedBy"] = "county-1",
            ["ReviewedAt"] = at.AddDays(1).UtcDateTime,
            ["ReviewComment"] = "ok",
        };
        await table.AddEntityAsync(fixture);

        var read = await store.GetAsync(municipality, id, CancellationToken.None);
        var written = NoteEntity.Of(read! with { NoteId = Guid.NewGuid() });
        await table.AddEntityAsync(written);
        await table.UpdateEntityAsync(NoteReviewEntity.Of(municipality, written.RowKey, read.Review!), Azure.ETag.All, TableUpdateMode.Merge);

        Assert.Equal((municipality, "25", new DateOnly(2026, 10, 5), new CompanyFacts("Företag AB", "556000-0001", "10-49", "C")), (read!.Municipality, read.County, read.InterviewDate, read.Company));
        Assert.Equal(("Banken lånar inte ut till en ny maskin.", 1, "rules", at, "office-1", "hash", 42L), (read.Text, read.MaskedItems, read.Suggested.Tagger, read.CreatedAt, read.CreatedBy, read.BodyHash, read.RecordKey));
        Assert.Equal(["lulea-bank"], read.Establishments);
        Assert.Equal(["financing", "skills"], read.Review!.Tags);
        Assert.Equal(("county-1", at.AddDays(1), "ok"), (read.Review.ReviewedBy, read.Review.ReviewedAt, read.Review.Comment));
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, municipality, written.RowKey);
        Assert.Equal(fixtureShape, writtenShape);
    }
}
