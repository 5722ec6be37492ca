using Azure.Data.Tables;
using Knowledge.Tagging;
using Knowledge.Tagging.Proposals;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Tagging.Proposals;

/// <summary>Codebook proposals and editions in the format stored today, in a partition of the test's own.</summary>
[Collection(StorageCollection.Name)]
public sealed class CodebookEntityTests(TestEnvironment env)
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_proposal_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Codebook");
        var partition = $"test-{Guid.NewGuid():N}";
        var id = Guid.NewGuid();
        var fixture = new TableEntity(partition, $"proposal-{id:N}")
        {
            ["Status"] = "Accepted",
            ["ProposedAt"] = At.UtcDateTime,
            ["ProposedBy"] = "admin-1",
            ["AcceptedAt"] = At.AddDays(1).UtcDateTime,
            ["AcceptedBy"] = "admin-2",
            ["AcceptedVersion"] = 4,
            ["ProposalChunks"] = 1,
            ["Proposal0"] = """{"codebookVersion":3,"added":[],"renamed":[{"tag":"financing","from":"Finansiering","to":"Kapital"}],"missing":["export"],"unchanged":12}""",
        };
        await table.AddEntityAsync(fixture);

        var read = (await table.GetEntityAsync<CodebookProposalEntity>(partition, fixture.RowKey)).Value.ToProposal();
        var written = CodebookProposalEntity.Of(partition, read with { Id = Guid.NewGuid() });
        await table.AddEntityAsync(written);

        Assert.Equal((id, ProposalStatus.Accepted, At, "admin-1", At.AddDays(1), "admin-2", 4), (read.Id, read.Status, read.ProposedAt, read.ProposedBy, read.AcceptedAt, read.AcceptedBy, read.AcceptedVersion));
        Assert.Equal((3, 12, "Kapital", "export"), (read.Proposal.CodebookVersion, read.Proposal.Unchanged, read.Proposal.Renamed[0].To, read.Proposal.Missing[0]));
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, partition, written.RowKey);
        Assert.Equal(fixtureShape, writtenShape);
    }

    [Fact]
    public async Task An_edition_stored_in_the_existing_format_reads_back_and_is_written_in_the_same_format()
    {
        var table = await StoredFormat.TableAsync(env, "Codebook");
        var partition = $"test-{Guid.NewGuid():N}";
        var fixture = new TableEntity(partition, "current")
        {
            ["Version"] = 7,
            ["TagsChunks"] = 1,
            ["Tags0"] = """[{"tag":"financing","label":{"sv":"Finansiering","en":"Financing"},"description":{"sv":"Lån","en":"Loans"}}]""",
        };
        await table.AddEntityAsync(fixture);

        var read = (await table.GetEntityAsync<CodebookEditionEntity>(partition, "current")).Value.ToEdition();
        await table.AddEntityAsync(CodebookEditionEntity.Of(partition, "edition-000007", read));

        Assert.Equal(7, read.Version);
        Assert.Equal(new CodebookTag("financing", new LocalizedText("Finansiering", "Financing"), new LocalizedText("Lån", "Loans")), Assert.Single(read.Tags));
        var (fixtureShape, writtenShape) = await StoredFormat.ShapesAsync(table, fixture, partition, "edition-000007");
        Assert.Equal(fixtureShape, writtenShape);
    }
}
