using System.Runtime.Serialization;
using Azure;

namespace Knowledge.Tagging.Proposals;

/// <summary>
/// A codebook edition row: <c>current</c> or <c>edition-{version, six digits}</c> in partition <c>codebook</c>; the
/// tags are JSON in chunk properties, bounded like a proposal's only by the row limit.
/// </summary>
internal sealed class CodebookEditionEntity : TableRow
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Version { get; set; }

    public int TagsChunks { get; set; }

    public string? Tags0 { get; set; }

    public string? Tags1 { get; set; }

    public string? Tags2 { get; set; }

    public string? Tags3 { get; set; }

    public string? Tags4 { get; set; }

    public string? Tags5 { get; set; }

    public string? Tags6 { get; set; }

    public string? Tags7 { get; set; }

    public string? Tags8 { get; set; }

    public string? Tags9 { get; set; }

    public string? Tags10 { get; set; }

    public string? Tags11 { get; set; }

    public string? Tags12 { get; set; }

    public string? Tags13 { get; set; }

    public string? Tags14 { get; set; }

    public string? Tags15 { get; set; }

    public string? Tags16 { get; set; }

    [IgnoreDataMember]
    public string Tags
    {
        get => LargeText.Join(this, nameof(Tags));
        set => LargeText.Split(this, nameof(Tags), value);
    }

    public static CodebookEditionEntity Of(string partition, string rowKey, CodebookEdition edition) =>
        new() { PartitionKey = partition, RowKey = rowKey, Version = edition.Version, Tags = JsonSerializer.Serialize(edition.Tags, Json) };

    public CodebookEdition ToEdition() => new(Version, JsonSerializer.Deserialize<List<CodebookTag>>(Tags, Json)!, ETag.ToString());
}
