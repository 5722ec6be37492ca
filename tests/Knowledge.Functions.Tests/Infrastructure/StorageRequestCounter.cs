using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Knowledge.Tests.Infrastructure;

/// <summary>One request to table storage as sent: its method, table, whether it stayed in one partition, the entities it returned.</summary>
public sealed record StorageRequest(string Method, string Table, bool InOnePartition, int Entities)
{
    public override string ToString() => $"{Method} {Table}{(InOnePartition ? "" : " (across partitions)")}: {Entities} entities";
}

/// <summary>
/// An <see cref="HttpPipelinePolicy"/> for the app's <c>TableServiceClient</c> that records the storage requests made
/// inside <see cref="MeasureAsync"/>: the requests of one HTTP call to the app, never those of background work.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelinePolicy
{
    private static readonly AsyncLocal<List<StorageRequest>?> Measured = new();

    public static async Task<IReadOnlyList<StorageRequest>> MeasureAsync(Func<Task> call)
    {
        var requests = new List<StorageRequest>();
        Measured.Value = requests;
        try
        {
            await call();
        }
        finally
        {
            Measured.Value = null;
        }

        lock (requests)
        {
            return [.. requests];
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Record(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Record(message);
    }

    private static void Record(HttpMessage message)
    {
        if (Measured.Value is not { } requests)
        {
            return;
        }

        // Paths: /{account}/{Table}(PartitionKey='…',RowKey='…') for one entity, /{account}/{Table}()?$filter=… for a
        // query, /{account}/{Table} to insert, /{account}/$batch for a transaction. Only a query can span partitions.
        var uri = message.Request.Uri.ToUri();
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var resource = path[(path.IndexOf('/', 1) + 1)..];
        var table = resource.Split('(')[0];
        var isQuery = message.Request.Method == RequestMethod.Get && !resource.Contains("(PartitionKey=", StringComparison.Ordinal);
        var inOnePartition = !isQuery || Uri.UnescapeDataString(uri.Query).Contains("$filter=PartitionKey eq ", StringComparison.Ordinal);
        var request = new StorageRequest(message.Request.Method.ToString(), table, inOnePartition, Entities(message));
        lock (requests)
        {
            requests.Add(request);
        }
    }

    // A query answers {"value": [...]}; a point read the entity itself.
    private static int Entities(HttpMessage message)
    {
        if (!message.HasResponse || message.Response.Status != 200 || message.Response.Headers.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return 0;
        }

        using var json = JsonDocument.Parse(message.Response.Content);
        return json.RootElement.TryGetProperty("value", out var value) ? value.GetArrayLength() : 1;
    }
}
