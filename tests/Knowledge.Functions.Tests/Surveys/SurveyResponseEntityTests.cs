using Azure.Data.Tables;
using Knowledge.Surveys;
using Knowledge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Surveys;

[Collection(StorageCollection.Name)]
public sealed class SurveyResponseEntityTests(TestEnvironment env)
{
    [Fact]
    public async Task A_corrected_answer_and_its_revision_stored_in_the_existing_format_read_back_and_are_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "MunicipalityRecords");
        var store = env.App.Services.GetRequiredService<ISurveyResponseStore>();
        var municipality = $"T{Guid.NewGuid():N}";
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        const string Tags = """{"needs":{"tagger":"rules","tags":[{"tag":"financing","confidence":0.9,"evidence":[{"start":0,"end":6,"sentence":"Banken lånar inte ut."}]}]}}""";
        TableEntity Row(string rowKey, int revision, string bodyHash, string data) => new(municipality, rowKey)
        {
            ["SurveyId"] = "sme-needs",
            ["SurveyVersion"] = 2,
            ["County"] = "25",
            ["SubmittedAt"] = at.UtcDateTime,
            ["SubmittedBy"] = "office-1",
            ["SizeClass"] = "10-49",
            ["Sector"] = "C",
            ["Challenges"] = "financing skills",
            ["BodyHash"] = bodyHash,
            ["RecordKey"] = 42L,
            ["TextTags"] = Tags,
            ["Revision"] = revision,
            ["DataChunks"] = 1,
            ["Data0"] = data,
        };
        var answer = Row($"response-{id:D}", 2, "hash-2", """{"municipality":"2580","needs":"Banken lånar inte ut."}""");
        answer["SubmittedBodyHash"] = "hash-1";
        answer["RevisedAt"] = at.AddDays(1).UtcDateTime;
        answer["WithdrawnAt"] = at.AddDays(2).UtcDateTime;
        answer["Reference"] = "Företaget";
        var revision = Row($"revision-{id:D}-0001", 1, "hash-1", """{"municipality":"2580","needs":"Org.nr 559876-5435 lånar inte."}""");
        revision["ResponseId"] = id.ToString("D");
        revision["SupersededAt"] = at.AddDays(1).UtcDateTime;
        await table.AddEntityAsync(answer);
        await table.AddEntityAsync(revision);

        var read = await store.GetAsync(municipality, id, CancellationToken.None);
        await store.IndexAsync(municipality, CancellationToken.None);
        var found = await store.FindByOrganisationNumberAsync("559876-5435", CancellationToken.None);
        var other = read! with { ResponseId = Guid.NewGuid() };
        await table.AddEntityAsync(SurveyResponseEntity.Of(other));
        var superseded = other with { Revision = 1, RevisedAt = null, WithdrawnAt = null, SubmittedBodyHash = null, Reference = null };
        await table.AddEntityAsync(SurveyRevisionEntity.Of(superseded, at.AddDays(1)));

        Assert.Equal((id, "sme-needs", 2, municipality, "25", at, "office-1"), (read!.ResponseId, read.SurveyId, read.SurveyVersion, read.Municipality, read.County, read.SubmittedAt, read.SubmittedBy));
        Assert.Equal(("10-49", "C", "hash-2", "hash-1", 42L, 2), (read.SizeClass, read.Sector, read.BodyHash, read.FirstBodyHash, read.RecordKey, read.Revision));
        Assert.Equal((at.AddDays(1), at.AddDays(2), "Företaget"), (read.RevisedAt, read.WithdrawnAt, read.Reference));
        Assert.Equal(["financing", "skills"], read.Challenges);
        Assert.Equal("Banken lånar inte ut.", read.Data["needs"]!.GetValue<string>());
        Assert.Equal(("rules", "financing"), (read.TextTags["needs"].Tagger, read.TextTags["needs"].Tags[0].Tag));
        Assert.Equal(1, await store.CountRevisionsAsync(municipality, id, CancellationToken.None));
        Assert.Equal(id, Assert.Single(found).ResponseId);
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, answer, municipality, $"response-{other.ResponseId:D}");
        Assert.Equal(fixtureShape, writtenShape);
        (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, revision, municipality, $"revision-{other.ResponseId:D}-0001");
        Assert.Equal(fixtureShape, writtenShape);
    }
}
