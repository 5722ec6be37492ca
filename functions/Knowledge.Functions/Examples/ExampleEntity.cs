namespace Knowledge.Examples;

/// <summary>
/// An example row, <c>example-{slug}</c> in partition <c>catalogue</c>: the example as JSON in chunk properties (a
/// request body of up to 256 KiB may grow when re-serialized, so only the row limit bounds it:
/// <see cref="LargeText.MaxChunks"/> chunks), with its status and time beside it.
/// </summary>
internal sealed class ExampleEntity : DocumentRow
{
    public const string RowPrefix = "example-";

    public ExampleStatus Status { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static ExampleEntity Of(string partition, GoodExample example) =>
        new()
        {
            PartitionKey = partition,
            RowKey = RowPrefix + example.Slug,
            Status = example.Status,
            UpdatedAt = example.UpdatedAt.ToUniversalTime(),
            Document = JsonSerializer.Serialize(example, ExampleJson.Options),
        };

    public GoodExample ToExample() =>
        JsonSerializer.Deserialize<GoodExample>(Document, ExampleJson.Options)
        ?? throw new InvalidOperationException($"Example row {RowKey} has no document.");
}
