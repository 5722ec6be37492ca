using System.Collections.Concurrent;
using System.Reflection;
using Azure.Data.Tables;

namespace Knowledge.Shared;

/// <summary>
/// A table property holds at most 32K UTF-16 characters; longer text is split over numbered properties
/// (<c>{Name}Chunks</c>, <c>{Name}0</c>, <c>{Name}1</c>, ...).
/// <para>
/// Typed entities declare those properties themselves: the SDK's reflection serializer maps one public property to one
/// table property and offers no hook for a variable set (its <see cref="TableEntity"/> is sealed; see
/// Azure/azure-sdk-for-net issues 15383 and 16354). So an entity declares as many chunk properties as its aggregate's
/// limit needs (<see cref="MaxChunks"/> when only the row limit bounds the text) and keeps the whole text in an
/// <c>[IgnoreDataMember]</c> property that splits and joins through <see cref="Split"/> and <see cref="Join"/>.
/// </para>
/// </summary>
internal static class LargeText
{
    public const int ChunkLength = 30_000;

    /// <summary>The chunks a row can hold at all: an entity is at most 1 MiB, and a chunk is up to 60,000 bytes.</summary>
    public const int MaxChunks = 17;

    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo[]> ChunkProperties = new();

    /// <summary>Sets a typed entity's <c>{name}Chunks</c> and <c>{name}0..N</c> properties to the text; unused chunk properties become null.</summary>
    public static void Split<TEntity>(TEntity entity, string name, string text)
        where TEntity : ITableEntity
    {
        var chunks = Chunks(text);
        var properties = PropertiesOf(typeof(TEntity), name);
        if (chunks.Length > properties.Length - 1)
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name}.{name} holds {properties.Length - 1} chunks; the text needs {chunks.Length}.");
        }

        properties[0].SetValue(entity, chunks.Length);
        for (var i = 1; i < properties.Length; i++)
        {
            properties[i].SetValue(entity, i <= chunks.Length ? chunks[i - 1] : null);
        }
    }

    /// <summary>The text a typed entity's chunk properties hold.</summary>
    public static string Join<TEntity>(TEntity entity, string name)
        where TEntity : ITableEntity
    {
        var properties = PropertiesOf(typeof(TEntity), name);
        var count = Math.Min((int)properties[0].GetValue(entity)!, properties.Length - 1);
        return string.Concat(properties.Skip(1).Take(count).Select(p => (string?)p.GetValue(entity)));
    }

    private static string[] Chunks(string text) => [.. text.Chunk(ChunkLength).Select(c => new string(c))];

    // [0] is {name}Chunks (int), then {name}0, {name}1, ... (string?) as far as the type declares them.
    private static PropertyInfo[] PropertiesOf(Type type, string name) =>
        ChunkProperties.GetOrAdd((type, name), key =>
        {
            var count = key.Item1.GetProperty($"{key.Item2}Chunks") ?? throw new InvalidOperationException($"{key.Item1.Name} has no {key.Item2}Chunks property.");
            var chunks = Enumerable.Range(0, MaxChunks).Select(i => key.Item1.GetProperty($"{key.Item2}{i}")).TakeWhile(p => p is not null);
            return [count, .. chunks!];
        });
}
