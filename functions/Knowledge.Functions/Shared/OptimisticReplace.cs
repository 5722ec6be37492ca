using Azure;

namespace Knowledge.Shared;

internal static class OptimisticReplace
{
    /// <summary>Replaces the row if it still has <paramref name="etag"/>: its new ETag, or null when someone wrote it first.</summary>
    public static async Task<string?> TryReplaceAsync<TEntity>(this TableClient table, TEntity entity, string etag, CancellationToken cancellationToken)
        where TEntity : ITableEntity
    {
        try
        {
            var response = await table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }
    }
}
