using Azure.Data.Tables;

namespace Knowledge.Shared;

/// <summary>A table property holds at most 32K UTF-16 characters; longer text is split over numbered properties.</summary>
internal static class LargeText
{
    private const int ChunkLength = 30_000;

    public static void Write(TableEntity entity, string name, string text)
    {
        var chunks = text.Chunk(ChunkLength).Select(c => new string(c)).ToArray();
        entity[$"{name}Chunks"] = chunks.Length;
        for (var i = 0; i < chunks.Length; i++)
        {
            entity[$"{name}{i}"] = chunks[i];
        }
    }

    public static string Read(TableEntity entity, string name)
    {
        var count = entity.GetInt32($"{name}Chunks") ?? 0;
        return string.Concat(Enumerable.Range(0, count).Select(i => entity.GetString($"{name}{i}")));
    }
}
