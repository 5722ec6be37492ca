using System.Runtime.Serialization;
using Azure;

namespace Knowledge.Tagging.Proposals;

/// <summary>
/// A proposal row, <c>proposal-{id:N}</c> in partition <c>codebook</c>; the proposal is JSON in chunk properties. An
/// import may be 512 KiB of XML, so only the row limit bounds it (<see cref="LargeText.MaxChunks"/> chunks).
/// </summary>
internal sealed class CodebookProposalEntity : TableRow
{
    public const string RowPrefix = "proposal-";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ProposalStatus Status { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public string? ProposedBy { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }

    public int? AcceptedVersion { get; set; }

    public int ProposalChunks { get; set; }

    public string? Proposal0 { get; set; }

    public string? Proposal1 { get; set; }

    public string? Proposal2 { get; set; }

    public string? Proposal3 { get; set; }

    public string? Proposal4 { get; set; }

    public string? Proposal5 { get; set; }

    public string? Proposal6 { get; set; }

    public string? Proposal7 { get; set; }

    public string? Proposal8 { get; set; }

    public string? Proposal9 { get; set; }

    public string? Proposal10 { get; set; }

    public string? Proposal11 { get; set; }

    public string? Proposal12 { get; set; }

    public string? Proposal13 { get; set; }

    public string? Proposal14 { get; set; }

    public string? Proposal15 { get; set; }

    public string? Proposal16 { get; set; }

    [IgnoreDataMember]
    public string Proposal
    {
        get => LargeText.Join(this, nameof(Proposal));
        set => LargeText.Split(this, nameof(Proposal), value);
    }

    public static string RowKeyOf(Guid id) => RowPrefix + id.ToString("N");

    public static CodebookProposalEntity Of(string partition, StoredCodebookProposal proposal) =>
        new()
        {
            PartitionKey = partition,
            RowKey = RowKeyOf(proposal.Id),
            Status = proposal.Status,
            ProposedAt = proposal.ProposedAt.ToUniversalTime(),
            ProposedBy = proposal.ProposedBy,
            AcceptedAt = proposal.AcceptedAt?.ToUniversalTime(),
            AcceptedBy = proposal.AcceptedBy,
            AcceptedVersion = proposal.AcceptedVersion,
            Proposal = JsonSerializer.Serialize(proposal.Proposal, Json),
        };

    public StoredCodebookProposal ToProposal() =>
        new(
            Guid.ParseExact(RowKey[RowPrefix.Length..], "N"),
            JsonSerializer.Deserialize<CodebookProposal>(Proposal, Json)!,
            Status,
            ProposedAt,
            ProposedBy ?? "",
            AcceptedAt,
            AcceptedBy,
            AcceptedVersion,
            ETag.ToString());
}
