namespace Knowledge.Tagging.Models;

/// <summary>One binary chunk of a gzipped model file: row <c>{index, five digits}</c> in partition <c>file-{v}</c>.</summary>
internal sealed class TagModelChunkEntity : TableRow
{
    public const string PartitionPrefix = "file-";

    public byte[]? Data { get; set; }

    public static TagModelChunkEntity Of(string version, int index, byte[] data) =>
        new() { PartitionKey = PartitionPrefix + version, RowKey = index.ToString("D5", CultureInfo.InvariantCulture), Data = data };
}
