using System.Collections.Concurrent;

namespace Knowledge.Tagging;

/// <summary>
/// Word analyses (the vocabulary's, the learned model's features) by lower-cased word, shared by all threads. Notes
/// reuse a small vocabulary, so nearly every word is analysed once; looked up by span so the hot path allocates no
/// strings. Bounded so odd input cannot grow it.
/// </summary>
internal sealed class TokenCache<T>
{
    private readonly ConcurrentDictionary<string, T> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Func<string, T> analyze;
    private readonly int capacity;
    private int count;

    public TokenCache(Func<string, T> analyze, int capacity)
    {
        this.analyze = analyze;
        this.capacity = capacity;
        lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public T Get(ReadOnlySpan<char> lowered)
    {
        if (lookup.TryGetValue(lowered, out var info))
        {
            return info;
        }
        var word = lowered.ToString();
        info = analyze(word);
        if (Volatile.Read(ref count) < capacity && cache.TryAdd(word, info))
        {
            Interlocked.Increment(ref count);
        }
        return info;
    }
}
