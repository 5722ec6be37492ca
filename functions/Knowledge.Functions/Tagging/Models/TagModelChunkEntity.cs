using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Knowledge.Tagging.Models;

/// <summary>One binary chunk of a gzipped model file: row <c>{index, five digits}</c> in partition <c>file-{v}</c>.</summary>
internal sealed class TagModelChunkEntity : ITableEntity
{
    public const string PartitionPrefix = "file-";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public byte[]? Data { get; set; }

    public static TagModelChunkEntity Of(string version, int index, byte[] data) =>
        new() { PartitionKey = PartitionPrefix + version, RowKey = index.ToString("D5", CultureInfo.InvariantCulture), Data = data };
}
